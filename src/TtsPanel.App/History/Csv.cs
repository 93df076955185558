using System.Text;

namespace TtsPanel.App.History;

/// <summary>
/// RFC 4180 CSV, shared by the record and rating exports: comma-separated fields, double quotes around a field holding
/// a comma, quote or line break, quotes inside doubled, rows ended by CRLF.
/// </summary>
public static class Csv
{
    /// <summary>Writes one row, quoting the fields that need it.</summary>
    public static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
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
    public static IEnumerable<List<string>> Rows(string text)
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

    /// <summary>
    /// Reads a table written with <paramref name="columns"/> as its header: each further row is handed to
    /// <paramref name="parse"/> with its 1-based row number.
    /// </summary>
    /// <exception cref="FormatException">The header differs or a row has the wrong number of fields; the message names the row.</exception>
    public static List<T> ReadTable<T>(TextReader reader, IReadOnlyList<string> columns, Func<IReadOnlyList<string>, int, T> parse)
    {
        var rows = Rows(reader.ReadToEnd()).ToList();
        if (rows.Count == 0 || !rows[0].SequenceEqual(columns))
            throw new FormatException($"The first row must be the header: {string.Join(',', columns)}.");
        var items = new List<T>();
        for (var index = 1; index < rows.Count; index++)
        {
            if (rows[index].Count != columns.Count)
                throw new FormatException($"Row {index + 1} has {rows[index].Count} fields; expected {columns.Count}.");
            items.Add(parse(rows[index], index + 1));
        }

        return items;
    }
}
