using System.Globalization;
using System.Text;

namespace TtsPanel.App.History;

/// <summary>
/// Synthesis records as CSV (RFC 4180: comma-separated, double quotes around fields holding a comma, quote or line
/// break, quotes doubled). Numbers use the invariant culture and round-trip formatting, times ISO 8601 UTC, and
/// stages one field as <c>name=ms;name=ms</c>, so <see cref="Read"/> gives back exactly what <see cref="Write"/> wrote.
/// </summary>
public static class RecordCsv
{
    /// <summary>The header row, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "createdAt", "queueItemId", "runId", "text", "textCharacters", "textBytes", "voiceId", "engine", "configurationId",
        "modelId", "provider", "device", "precision", "nfe", "cfgStrength", "swayCoefficient", "speed", "chunkCount", "audioSeconds",
        "synthesisMs", "timeToFirstAudioMs", "queueWaitMs", "rtf", "appVersion", "stageMs",
    ];

    /// <summary>Writes the header and one row per record.</summary>
    public static void Write(IEnumerable<SynthesisRecord> records, TextWriter writer)
    {
        WriteRow(writer, Columns);
        foreach (var record in records)
            WriteRow(writer, Fields(record));
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">The header differs, a row has the wrong number of fields or a value does not parse; the message names the row.</exception>
    public static List<SynthesisRecord> Read(TextReader reader)
    {
        var rows = CsvRows(reader.ReadToEnd()).ToList();
        if (rows.Count == 0 || !rows[0].SequenceEqual(Columns))
            throw new FormatException($"The first row must be the header: {string.Join(',', Columns)}.");
        var records = new List<SynthesisRecord>();
        for (var index = 1; index < rows.Count; index++)
        {
            if (rows[index].Count != Columns.Count)
                throw new FormatException($"Row {index + 1} has {rows[index].Count} fields; expected {Columns.Count}.");
            records.Add(Parse(rows[index], index + 1));
        }

        return records;
    }

    private static string[] Fields(SynthesisRecord r) =>
    [
        r.Id.ToString(), r.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), r.QueueItemId.ToString(),
        r.RunId?.ToString() ?? "", r.Text, Number(r.TextCharacters), Number(r.TextBytes), r.VoiceId, r.Engine, r.ConfigurationId, r.ModelId,
        r.Provider, r.Device, r.Precision, r.Nfe is { } nfe ? Number(nfe) : "", Number(r.CfgStrength), Number(r.SwayCoefficient),
        Number(r.Speed), Number(r.ChunkCount), Number(r.AudioSeconds), Number(r.SynthesisMs), Number(r.TimeToFirstAudioMs),
        Number(r.QueueWaitMs), Number(r.Rtf), r.AppVersion, string.Join(';', r.StageMs.Select(s => $"{s.Key}={Number(s.Value)}")),
    ];

    private static SynthesisRecord Parse(IReadOnlyList<string> f, int row)
    {
        try
        {
            return new SynthesisRecord
            {
                Id = Guid.Parse(f[0]),
                CreatedAt = DateTime.Parse(f[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime(),
                QueueItemId = Guid.Parse(f[2]),
                RunId = f[3].Length == 0 ? null : Guid.Parse(f[3]),
                Text = f[4],
                TextCharacters = int.Parse(f[5], CultureInfo.InvariantCulture),
                TextBytes = int.Parse(f[6], CultureInfo.InvariantCulture),
                VoiceId = f[7],
                Engine = f[8],
                ConfigurationId = f[9],
                ModelId = f[10],
                Provider = f[11],
                Device = f[12],
                Precision = f[13],
                Nfe = f[14].Length == 0 ? null : int.Parse(f[14], CultureInfo.InvariantCulture),
                CfgStrength = OptionalReal(f[15]),
                SwayCoefficient = OptionalReal(f[16]),
                Speed = Real(f[17]),
                ChunkCount = int.Parse(f[18], CultureInfo.InvariantCulture),
                AudioSeconds = Real(f[19]),
                SynthesisMs = Real(f[20]),
                TimeToFirstAudioMs = Real(f[21]),
                QueueWaitMs = Real(f[22]),
                Rtf = Real(f[23]),
                AppVersion = f[24],
                StageMs = f[25].Length == 0
                    ? []
                    : f[25].Split(';').Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => Real(p[1])),
            };
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
        {
            throw new FormatException($"Row {row}: {e.Message}", e);
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v ? Number(v) : "";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double Real(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? OptionalReal(string text) => text.Length == 0 ? null : Real(text);

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                writer.Write(',');
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                writer.Write('"' + field.Replace("\"", "\"\"") + '"');
            else
                writer.Write(field);
        }

        writer.Write("\r\n");
    }

    /// <summary>Splits RFC 4180 text into rows of fields; line breaks inside quotes belong to the field.</summary>
    private static IEnumerable<List<string>> CsvRows(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
            }
            else
                field.Append(c);
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
