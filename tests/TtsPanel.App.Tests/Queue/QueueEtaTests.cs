using TtsPanel.App.Queue;

namespace TtsPanel.App.Tests.Queue;

public class QueueEtaTests
{
    private static readonly DateTimeOffset Enqueued = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static QueueItem Item(long sequence, QueueItemState state, string text, double? audioSeconds = null, string voice = "v:a") =>
        new(Guid.NewGuid(), sequence, text, voice, state, Enqueued, AudioSeconds: audioSeconds);

    private static QueueForecast Predict(IEnumerable<QueueItem> items, double rtf = 0.5, double secondsPerCharacter = 0.1) =>
        QueueEta.Predict(items, _ => new RateEstimate(rtf, secondsPerCharacter, Measured: true));

    // Playing 4 s, ready 2 s, then two pending of 10 and 30 characters at 0.1 s each (1 s and 3 s of speech) with
    // RTF 0.5 (synthesized 0.5 s and 2 s from now): playback is the bottleneck.
    //   playing  0 → 4;  ready  4 → 6;  pending 1  max(6, 0.5) = 6 → 7;  pending 2  max(7, 2) = 7 → 10.
    [Fact]
    public void Predict_PlaybackBound_EachStartsWhenThePreviousEnds()
    {
        var items = new[]
        {
            Item(1, QueueItemState.Playing, "playing", 4.0),
            Item(2, QueueItemState.Ready, "ready", 2.0),
            Item(3, QueueItemState.Pending, new string('a', 10)),
            Item(4, QueueItemState.Pending, new string('b', 30)),
        };

        var forecast = Predict(items);

        Assert.Equal(new ItemForecast(0, 4, true), forecast.Items[items[0].Id]);
        Assert.Equal(new ItemForecast(4, 2, true), forecast.Items[items[1].Id]);
        Assert.Equal(6, forecast.Items[items[2].Id].StartSeconds, 10);
        Assert.Equal(1, forecast.Items[items[2].Id].LengthSeconds, 10);
        Assert.False(forecast.Items[items[2].Id].LengthMeasured);
        Assert.Equal(7, forecast.Items[items[3].Id].StartSeconds, 10);
        Assert.Equal(3, forecast.Items[items[3].Id].LengthSeconds, 10);
        Assert.Equal(10, forecast.BacklogSeconds, 10);
    }

    // RTF 2 (synthesis twice as slow as speech), nothing playing: a synthesizing item of 5 characters (0.5 s, ready at
    // 1 s), then pending ones of 10 (1 s, ready at 1 + 2 = 3 s) and 20 characters (2 s, ready at 3 + 4 = 7 s).
    //   synthesizing  max(0, 1) = 1 → 1.5;  pending 1  max(1.5, 3) = 3 → 4;  pending 2  max(4, 7) = 7 → 9.
    [Fact]
    public void Predict_SynthesisBound_EachStartsWhenItsSynthesisIsDone()
    {
        var items = new[]
        {
            Item(1, QueueItemState.Synthesizing, "12345"),
            Item(2, QueueItemState.Pending, new string('a', 10)),
            Item(3, QueueItemState.Pending, new string('b', 20)),
        };

        var forecast = Predict(items, rtf: 2);

        Assert.Equal([1, 3, 7], items.Select(i => Math.Round(forecast.Items[i.Id].StartSeconds, 10)));
        Assert.Equal(9, forecast.BacklogSeconds, 10);
    }

    [Fact]
    public void Predict_FinishedItemsAndOrder_AreSkippedAndSortedBySequence()
    {
        var late = Item(5, QueueItemState.Pending, "1234567890");
        var done = Item(1, QueueItemState.Done, "done", 9.0);
        var early = Item(2, QueueItemState.Ready, "early", 3.0);

        var forecast = Predict([late, done, early]);

        Assert.False(forecast.Items.ContainsKey(done.Id));
        Assert.Equal(0, forecast.Items[early.Id].StartSeconds);
        Assert.Equal(3, forecast.Items[late.Id].StartSeconds, 10);
        Assert.Equal(4, forecast.BacklogSeconds, 10);
    }

    [Fact]
    public void Predict_EachVoiceItsOwnRate()
    {
        var rates = new Dictionary<string, RateEstimate>
        {
            ["fast"] = new(0.1, 0.05, true),
            ["slow"] = new(1.5, 0.1, true),
        };
        var items = new[] { Item(1, QueueItemState.Pending, new string('x', 20), voice: "fast"), Item(2, QueueItemState.Pending, new string('y', 20), voice: "slow") };

        var forecast = QueueEta.Predict(items, voice => rates[voice]);

        // fast: 1 s of speech, ready at 0.1 s, plays 0.1 → 1.1; slow: 2 s, ready at 0.1 + 3 = 3.1 s, plays 3.1 → 5.1.
        Assert.Equal(0.1, forecast.Items[items[0].Id].StartSeconds, 10);
        Assert.Equal(3.1, forecast.Items[items[1].Id].StartSeconds, 10);
        Assert.Equal(5.1, forecast.BacklogSeconds, 10);
    }

    [Fact]
    public void Predict_EmptyQueue_NoBacklog() => Assert.Equal(0, Predict([]).BacklogSeconds);
}
