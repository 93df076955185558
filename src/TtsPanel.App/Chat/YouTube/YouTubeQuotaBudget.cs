namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// One client's share of the daily quota: it may spend until the panel's <see cref="YouTubeQuotaLedger"/> reaches
/// <see cref="UnitsPerDay"/>, and spaces its polls so the units left last. Counts every request sent, failed ones
/// included, since Google charges those too. Safe to read from another thread (the dashboard) while the client spends.
/// </summary>
public sealed class YouTubeQuotaBudget
{
    private readonly YouTubeQuotaLedger _ledger;
    private readonly TimeProvider _time;
    private int _spentHere;

    /// <param name="unitsPerDay">The daily budget in units, for everything the ledger counts.</param>
    /// <param name="spreadOver">How long the units left should last, at most until the reset.</param>
    /// <param name="ledger">The panel's count of today's units, shared with its other YouTube clients.</param>
    public YouTubeQuotaBudget(int unitsPerDay, TimeSpan spreadOver, YouTubeQuotaLedger ledger, TimeProvider time)
    {
        UnitsPerDay = unitsPerDay;
        SpreadOver = spreadOver;
        _ledger = ledger;
        _time = time;
    }

    /// <summary>The daily budget in units.</summary>
    public int UnitsPerDay { get; }

    /// <summary>How long the units left should last, at most until the reset.</summary>
    public TimeSpan SpreadOver { get; }

    /// <summary>Units spent since midnight Pacific time, by this client and the panel's others.</summary>
    public int SpentToday => _ledger.SpentToday;

    /// <summary>Units this client spent since it was made.</summary>
    public int SpentHere => Volatile.Read(ref _spentHere);

    /// <summary>Units left today.</summary>
    public int LeftToday => Math.Max(0, UnitsPerDay - SpentToday);

    /// <summary>When the count starts again from zero: the next midnight in Pacific time.</summary>
    public DateTimeOffset NextReset => _ledger.NextReset;

    /// <summary>Counts <paramref name="units"/> as spent; false, counting nothing, when fewer are left.</summary>
    public bool TrySpend(int units)
    {
        if (!_ledger.TrySpend(units, UnitsPerDay))
            return false;
        Interlocked.Add(ref _spentHere, units);
        return true;
    }

    /// <summary>
    /// The wait before the next request costing <paramref name="unitsPerRequest"/>: at least <paramref name="minimum"/>,
    /// stretched so the units left last <see cref="SpreadOver"/> or until the reset, whichever comes first:
    /// <c>max(minimum, min(SpreadOver, NextReset − now) ÷ (units left ÷ unitsPerRequest))</c>.
    /// </summary>
    public TimeSpan Pace(TimeSpan minimum, int unitsPerRequest)
    {
        var requestsLeft = LeftToday / unitsPerRequest;
        if (requestsLeft == 0)
            return minimum;
        var untilReset = NextReset - _time.GetUtcNow();
        var window = untilReset < SpreadOver ? untilReset : SpreadOver;
        var paced = window / requestsLeft;
        return paced > minimum ? paced : minimum;
    }
}
