using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Queue;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;

namespace TtsPanel.App.Tracker.Listening;

/// <summary>
/// Blind A/B listening: synthesizes one sentence under two configurations, records both syntheses and keeps their
/// clips, deals them out as A and B in an order drawn from <c>random</c>, and counts the listener's verdict per
/// configuration pair. Which clip is which stays in the session object until the vote.
/// </summary>
public sealed class ListeningService(
    VoiceCatalog voices,
    ConfigurationSource configurations,
    HistoryRepository history,
    ClipKeeper clips,
    RatingService ratings,
    AbVoteRepository votes,
    IOptions<QueueOptions> queueOptions,
    TimeProvider time,
    Random random)
{
    private readonly ConcurrentDictionary<Guid, bool> _voted = new();

    /// <summary>Checks <paramref name="request"/>, then synthesizes both sides one after the other and shuffles them.</summary>
    public async Task<AbStartResult> StartAsync(AbRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var text = request.Text is null ? null : TextRules.Normalize(request.Text);
        if (TextRules.FindProblem(text, queueOptions.Value.MaxTextLength) is { } textProblem)
            errors["text"] = textProblem;
        var voice = voices.Find(request.VoiceId ?? "");
        if (voice is null)
            errors["voice"] = $"Unknown voice '{request.VoiceId}'.";
        if (request.First.Problems() is { Count: > 0 } first)
            errors["first"] = string.Join(' ', first);
        if (request.Second.Problems() is { Count: > 0 } second)
            errors["second"] = string.Join(' ', second);
        if (errors.Count > 0)
            return AbStartResult.Failed(errors);

        var engine = voices.EngineFor(voice!);
        var (firstConfiguration, secondConfiguration) = (configurations.For(engine, request.First), configurations.For(engine, request.Second));
        if (firstConfiguration.Id == secondConfiguration.Id)
            return AbStartResult.Failed(new Dictionary<string, string>
            {
                ["second"] = $"Both sides run the same configuration ({firstConfiguration.Label}); change at least one setting {engine.Name} uses.",
            });

        try
        {
            var one = await SynthesizeAsync(engine, voice!, text!, request.First, firstConfiguration, cancellationToken);
            var other = await SynthesizeAsync(engine, voice!, text!, request.Second, secondConfiguration, cancellationToken);
            var (a, b) = random.Next(2) == 0 ? (one, other) : (other, one);
            return AbStartResult.Started(new AbSession(Guid.NewGuid(), text!, voice!.Id, a, b));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the engine throws belongs to this pair only: the listener sees why and can try again.
            return AbStartResult.Failed(new Dictionary<string, string> { ["synthesis"] = $"Synthesis failed: {e.Message}" });
        }
    }

    /// <summary>
    /// Counts the verdict on <paramref name="session"/>: <paramref name="choice"/>, or without one the higher of the two
    /// scores (equal scores are a tie). Scores given are stored as ratings of the two records. Each pair counts once.
    /// </summary>
    public AbVoteResult Vote(AbSession session, AbChoice? choice, int? scoreA, int? scoreB)
    {
        if (choice is null && (scoreA is null || scoreB is null))
            return AbVoteResult.Failed("vote", "Pick the better clip, or rate both.");
        foreach (var (field, score) in new[] { ("scoreA", scoreA), ("scoreB", scoreB) })
        {
            if (score is < QualityRating.MinScore or > QualityRating.MaxScore)
                return AbVoteResult.Failed(field, $"score must be a whole number from {QualityRating.MinScore} to {QualityRating.MaxScore} (was {score}).");
        }

        if (!_voted.TryAdd(session.Id, true))
            return AbVoteResult.Failed("vote", "This pair has been voted on already; start a new one.");
        if (scoreA is { } a)
            ratings.Rate(session.A.RecordId, a, null);
        if (scoreB is { } b)
            ratings.Rate(session.B.RecordId, b, null);

        var preferred = (choice ?? ChoiceFromScores(scoreA!.Value, scoreB!.Value)) switch
        {
            AbChoice.A => session.A.Configuration.Id,
            AbChoice.B => session.B.Configuration.Id,
            _ => null,
        };
        var (first, second, key) = AbVote.PairOf(session.A.Configuration.Id, session.B.Configuration.Id);
        votes.Add(new AbVote
        {
            Id = Guid.NewGuid(),
            VotedAt = time.GetUtcNow().UtcDateTime,
            PairKey = key,
            FirstConfigurationId = first,
            SecondConfigurationId = second,
            PreferredConfigurationId = preferred,
            RecordA = session.A.RecordId,
            RecordB = session.B.RecordId,
            VoiceId = session.VoiceId,
            Text = session.Text,
        });
        return AbVoteResult.Counted(votes.ForPair(first, second));
    }

    private static AbChoice ChoiceFromScores(int scoreA, int scoreB) =>
        scoreA > scoreB ? AbChoice.A : scoreB > scoreA ? AbChoice.B : AbChoice.Same;

    private async Task<AbClip> SynthesizeAsync(ITtsEngine engine, VoiceInfo voice, string text, SynthesisOverrides overrides,
        EngineConfiguration configuration, CancellationToken cancellationToken)
    {
        var result = await engine.SynthesizeAsync(new SynthesisRequest(text, voice, Overrides: overrides), cancellationToken);
        if (result.Samples.Length == 0)
            throw new InvalidOperationException("The engine produced no audio for this text.");
        var context = new RecordContext(time.GetUtcNow().UtcDateTime, Guid.Empty, TimeSpan.Zero, RunId: null);
        var record = context.ToRecord(text, voice, configuration, engine.Runtime, result);
        history.Add(record, configuration);
        var wav = WavEncoder.EncodePcm16(result.Samples, result.SampleRateHz);
        // Queued, not written here: the listener hears both sides without waiting on the disk.
        clips.Keep(record.Id, wav);
        return new AbClip(record.Id, configuration, wav, result.AudioSeconds);
    }
}
