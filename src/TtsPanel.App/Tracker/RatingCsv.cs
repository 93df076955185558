using System.Globalization;
using TtsPanel.App.History;

namespace TtsPanel.App.Tracker;

/// <summary>
/// Quality ratings as CSV (<see cref="Csv"/>), one row per rating: the record and configuration it belongs to, the
/// score, the note (empty when none) and the ISO 8601 UTC time, so <see cref="Read"/> gives back what
/// <see cref="Write"/> wrote. Joined with the records export on <c>recordId</c> = <c>id</c>.
/// </summary>
public static class RatingCsv
{
    /// <summary>The header row, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["recordId", "configurationId", "score", "note", "ratedAt"];

    /// <summary>Writes the header and one row per rating.</summary>
    public static void Write(IEnumerable<QualityRating> ratings, TextWriter writer)
    {
        WriteHeader(writer);
        foreach (var rating in ratings)
            WriteRow(rating, writer);
    }

    public static void WriteHeader(TextWriter writer) => Csv.WriteRow(writer, Columns);

    public static void WriteRow(QualityRating rating, TextWriter writer) =>
        Csv.WriteRow(writer,
        [
            rating.RecordId.ToString(), rating.ConfigurationId, rating.Score.ToString(CultureInfo.InvariantCulture), rating.Note ?? "",
            rating.RatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        ]);

    /// <summary>Reads what <see cref="Write"/> wrote; an empty note reads as none.</summary>
    /// <exception cref="FormatException">The header differs, a row has the wrong number of fields or a value does not parse; the message names the row.</exception>
    public static List<QualityRating> Read(TextReader reader) => Csv.ReadTable(reader, Columns, Parse);

    private static QualityRating Parse(IReadOnlyList<string> fields, int row)
    {
        try
        {
            return new QualityRating
            {
                RecordId = Guid.Parse(fields[0]),
                ConfigurationId = fields[1],
                Score = int.Parse(fields[2], CultureInfo.InvariantCulture),
                Note = fields[3].Length == 0 ? null : fields[3],
                RatedAt = DateTime.Parse(fields[4], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime(),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new FormatException($"Row {row}: {e.Message}", e);
        }
    }
}
