namespace TtsPanel.App.Chat;

/// <summary>
/// Reconnect delays: the nominal delay doubles per attempt from <c>min</c> up to <c>max</c>, and each delay is drawn
/// uniformly from the upper half of the nominal one, so clients dropped together by a server restart do not return together.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, Random random)
{
    private int _attempt;

    /// <summary>The delay before the next attempt, in [nominal/2, nominal] with nominal = min(max, min·2^attempt).</summary>
    public TimeSpan NextDelay()
    {
        // Capping the exponent keeps 2^n finite; by 2^30 any sane max has long been reached.
        var nominal = TimeSpan.FromTicks((long)Math.Min(max.Ticks, min.Ticks * Math.Pow(2, Math.Min(_attempt, 30))));
        _attempt++;
        return nominal * (0.5 + 0.5 * random.NextDouble());
    }

    /// <summary>Starts the sequence again from <c>min</c>; called once an attempt succeeded (a login, a poll answered).</summary>
    public void Reset() => _attempt = 0;
}
