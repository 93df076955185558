using System.Globalization;

namespace TtsPanel.App.History;

/// <summary>
/// Synthesis records as CSV (<see cref="Csv"/>). Numbers use the invariant culture and round-trip formatting, times ISO 8601 UTC, and
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
        WriteHeader(writer);
        foreach (var record in records)
            WriteRow(record, writer);
    }

    public static void WriteHeader(TextWriter writer) => Csv.WriteRow(writer, Columns);

    public static void WriteRow(SynthesisRecord record, TextWriter writer) => Csv.WriteRow(writer, Fields(record));

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">The header differs, a row has the wrong number of fields or a value does not parse; the message names the row.</exception>
    public static List<SynthesisRecord> Read(TextReader reader) => Csv.ReadTable(reader, Columns, Parse);

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
}
