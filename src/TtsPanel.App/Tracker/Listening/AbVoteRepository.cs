using LiteDB;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tracker.Listening;

/// <summary>Blind A/B votes in LiteDB's <c>ab_votes</c> collection, accumulated per configuration pair.</summary>
public sealed class AbVoteRepository
{
    private const string CollectionName = "ab_votes";
    private readonly ILiteCollection<AbVote> _votes;

    public AbVoteRepository(PanelDatabase database)
    {
        _votes = database.Database.GetCollection<AbVote>(CollectionName);
        _votes.EnsureIndex(v => v.PairKey);
    }

    public void Add(AbVote vote) => _votes.Insert(vote);

    /// <summary>Every vote on the pair of <paramref name="one"/> and <paramref name="other"/>, in either order.</summary>
    public PairPreference ForPair(string one, string other)
    {
        var (first, second, key) = AbVote.PairOf(one, other);
        var preferred = _votes.Query().Where(v => v.PairKey == key).Select(v => v.PreferredConfigurationId).ToList();
        return new PairPreference(first, second, preferred.Count(p => p == first), preferred.Count(p => p == second),
            preferred.Count(p => p is null));
    }
}
