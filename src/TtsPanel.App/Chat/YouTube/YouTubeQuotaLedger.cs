namespace TtsPanel.App.Chat.YouTube;

/// <summary>
/// The quota units the panel spent on the YouTube Data API today, a day being Google's: quotas reset at midnight
/// Pacific time. One ledger serves every YouTube client of the panel (the running source, the one that replaces it
/// after a settings change, the Settings page's test), since Google charges them all to one key. With a repository the
/// count is kept in the database, so a restart goes on from it. Safe to use from several threads.
/// </summary>
public sealed class YouTubeQuotaLedger
{
    private readonly TimeProvider _time;
    private readonly YouTubeQuotaRepository? _repository;
    private readonly TimeZoneInfo _pacific = PacificTime();
    private readonly Lock _gate = new();
    private DateOnly _day;
    private int _spent;

    /// <param name="repository">Where the count is kept; null keeps it in memory only.</param>
    public YouTubeQuotaLedger(TimeProvider time, YouTubeQuotaRepository? repository = null)
    {
        _time = time;
        _repository = repository;
        _day = Today();
        // A count stored on an earlier day is spent quota that has been reset since.
        if (repository?.Load() is { } stored && stored.Day == _day)
            _spent = stored.Spent;
    }

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

    /// <summary>Counts <paramref name="units"/> as spent unless that would pass <paramref name="limit"/> for today.</summary>
    /// <returns>False, counting nothing, when fewer than <paramref name="units"/> are left under the limit.</returns>
    public bool TrySpend(int units, int limit)
    {
        lock (_gate)
        {
            RollOver();
            if (limit - _spent < units)
                return false;
            _spent += units;
            _repository?.Save(new YouTubeQuotaDay(_day, _spent));
            return true;
        }
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
