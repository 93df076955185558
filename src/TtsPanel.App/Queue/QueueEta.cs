namespace TtsPanel.App.Queue;

/// <summary>
/// Predicts when each unfinished queue item plays. Two things run one item at a time: the worker synthesizes in queue
/// order, and playback plays in queue order once a clip is ready. So an item starts when both the item before it has
/// played and its own synthesis is done:
/// <c>start = max(end of previous, synthesis done)</c>, <c>end = start + length</c>,
/// <c>synthesis done = synthesis done of the previous pending item + length × RTF</c>.
/// The playing item counts with its whole length and a synthesizing one as just begun (the server does not know how
/// far either is), so the forecast errs late.
/// </summary>
public static class QueueEta
{
    /// <summary>The forecast for <paramref name="items"/> (any order; finished ones are skipped) with each voice's rates.</summary>
    public static QueueForecast Predict(IEnumerable<QueueItem> items, Func<string, RateEstimate> rateOf)
    {
        var forecasts = new Dictionary<Guid, ItemForecast>();
        double playedBy = 0, synthesizedBy = 0;
        foreach (var item in items.Where(i => !i.State.IsFinished()).OrderBy(i => i.Sequence))
        {
            var rate = rateOf(item.VoiceId);
            var length = item.AudioSeconds ?? item.Text.Length * rate.SecondsPerCharacter;
            double ready = 0;
            if (item.State is QueueItemState.Pending or QueueItemState.Synthesizing)
            {
                synthesizedBy += length * rate.Rtf;
                ready = synthesizedBy;
            }

            var start = item.State == QueueItemState.Playing ? 0 : Math.Max(playedBy, ready);
            forecasts[item.Id] = new ItemForecast(start, length, item.AudioSeconds is not null);
            playedBy = start + length;
        }

        return new QueueForecast(forecasts, playedBy);
    }
}
