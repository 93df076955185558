namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// The quota units this panel spent on the YouTube Data API today, a day being Google's: quotas reset at midnight
/// Pacific time. Counts every request sent, failed ones included, since Google charges those too. The count lives in
/// memory: a restart starts from zero, so a key shared with other tools needs a lower <see cref="UnitsPerDay"/>.
/// Safe to read from another thread (the dashboard) while the client spends.
/// </summary>
public sealed class YouTubeQuotaBudget
{
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _pacific;
    private readonly Lock _gate = new();
    private DateOnly _day;
    private int _spent;

    /// <param name="unitsPerDay">The daily budget in units.</param>
    /// <param name="spreadOver">How long the units left should last, at most until the reset.</param>
    public YouTubeQuotaBudget(int unitsPerDay, TimeSpan spreadOver, TimeProvider time)
    {
        UnitsPerDay = unitsPerDay;
        SpreadOver = spreadOver;
        _time = time;
        _pacific = PacificTime();
        _day = Today();
    }

    /// <summary>The daily budget in units.</summary>
    public int UnitsPerDay { get; }

    /// <summary>How long the units left should last, at most until the reset.</summary>
    public TimeSpan SpreadOver { get; }

    /// <summary>Units spent since midnight Pacific time.</summary>
    public int SpentToday
    {
        get
        {
            lock (_gate)
            {
                RollOver();
                return _spent;
            }
        }
    }

    /// <summary>Units left today.</summary>
    public int LeftToday => UnitsPerDay - SpentToday;

    /// <summary>When the count starts again from zero: the next midnight in Pacific time.</summary>
    public DateTimeOffset NextReset
    {
        get
        {
            DateOnly day;
            lock (_gate)
            {
                RollOver();
                day = _day;
            }

            var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, _pacific), TimeSpan.Zero);
        }
    }

    /// <summary>Counts <paramref name="units"/> as spent; false, counting nothing, when fewer are left.</summary>
    public bool TrySpend(int units)
    {
        lock (_gate)
        {
            RollOver();
            if (UnitsPerDay - _spent < units)
                return false;
            _spent += units;
            return true;
        }
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

    private void RollOver()
    {
        var today = Today();
        if (today == _day)
            return;
        _day = today;
        _spent = 0;
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _pacific).DateTime);

    private static TimeZoneInfo PacificTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        }
        catch (TimeZoneNotFoundException)
        {
            // A system without time-zone data: Pacific standard time all year puts the reset an hour late in summer,
            // which only makes the budget a little more careful.
            return TimeZoneInfo.CreateCustomTimeZone("PST", TimeSpan.FromHours(-8), "Pacific Standard Time", "Pacific Standard Time");
        }
    }
}
