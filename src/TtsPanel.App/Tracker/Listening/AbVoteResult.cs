namespace TtsPanel.App.Tracker.Listening;

/// <summary>Either the pair's accumulated votes, the new one included, or the problems by field (<c>vote</c>, <c>scoreA</c>, <c>scoreB</c>).</summary>
public sealed record AbVoteResult(PairPreference? Preference, IReadOnlyDictionary<string, string> Errors)
{
    public static AbVoteResult Counted(PairPreference preference) => new(preference, new Dictionary<string, string>());

    public static AbVoteResult Failed(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });
}
