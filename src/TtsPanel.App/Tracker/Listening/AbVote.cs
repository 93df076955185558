namespace TtsPanel.App.Tracker.Listening;

/// <summary>
/// One verdict on a blind pair, as stored in LiteDB's <c>ab_votes</c> collection. The pair's two configuration ids
/// are kept in ordinal order, so the votes of NFE 6 vs 7 and of 7 vs 6 add up; indexed on <see cref="PairKey"/>.
/// </summary>
public sealed class AbVote
{
    public Guid Id { get; set; }

    /// <summary>When the vote was cast, UTC.</summary>
    public DateTime VotedAt { get; set; }

    /// <summary><c>first|second</c>: the two configuration ids in ordinal order.</summary>
    public string PairKey { get; set; } = "";

    /// <summary>The ordinally smaller configuration id of the pair.</summary>
    public string FirstConfigurationId { get; set; } = "";

    /// <summary>The ordinally larger configuration id of the pair.</summary>
    public string SecondConfigurationId { get; set; } = "";

    /// <summary>The configuration preferred; null for a tie.</summary>
    public string? PreferredConfigurationId { get; set; }

    /// <summary>The record played as A.</summary>
    public Guid RecordA { get; set; }

    /// <summary>The record played as B.</summary>
    public Guid RecordB { get; set; }

    public string VoiceId { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The key of the pair of <paramref name="one"/> and <paramref name="other"/>, in either order.</summary>
    public static (string First, string Second, string Key) PairOf(string one, string other)
    {
        var (first, second) = string.CompareOrdinal(one, other) <= 0 ? (one, other) : (other, one);
        return (first, second, $"{first}|{second}");
    }
}
