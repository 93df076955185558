namespace TtsPanel.Bench;

/// <summary>Arguments of <c>pageload</c>: the Performance page's queries timed on a database of many records.</summary>
/// <param name="Database">LiteDB file to fill (if it holds fewer records) and query; never the panel's own by default.</param>
/// <param name="Records">Records the database should hold, 1 000–10 000 000; default 1 000 000.</param>
/// <param name="Repeat">Timed repetitions of each query, 1–20; default 3 (the median is reported).</param>
public sealed record PageLoadOptions(string Database, int Records, int Repeat)
{
    public const string Usage =
        "pageload --db FILE.db [--records 1000000] [--repeat 3]\n" +
        "  Fills FILE.db with generated synthesis records (30 days, 4 configurations, 3 voices) up to --records, then times\n" +
        "  the queries the Performance page makes: figures, chart and regression check, first page of records, count.";

    private static readonly HashSet<string> Known = ["db", "records", "repeat"];

    /// <exception cref="ArgumentException">An option is unknown, missing its value, malformed or required and absent.</exception>
    public static PageLoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = OptionValues.Parse(args, Known);
        return new PageLoadOptions(values.Required("db"), values.Number("records", 1_000_000, 1_000, 10_000_000), values.Number("repeat", 3, 1, 20));
    }
}
