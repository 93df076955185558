using TtsPanel.App.History;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;

namespace TtsPanel.App.Tests.Queue;

public sealed class RateEstimatesTests : IDisposable
{
    private readonly PanelFixture _panel = new();

    public void Dispose() => _panel.Dispose();

    private void Add(string voice, double rtf, string text, double audioSeconds, int minutesAgo = 0) => _panel.History.Add(new SynthesisRecord
    {
        Id = Guid.NewGuid(),
        CreatedAt = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc).AddMinutes(-minutesAgo),
        VoiceId = voice,
        Text = text,
        TextCharacters = text.Length,
        AudioSeconds = audioSeconds,
        Rtf = rtf,
    });

    [Fact]
    public void For_VoiceWithRecords_TakesTheMediansOfThatVoice()
    {
        Add("v:a", 0.2, "0123456789", 1.0);
        Add("v:a", 0.4, "0123456789", 0.5);
        Add("v:a", 3.0, "01234", 1.0); // one slow first synthesis does not move the median
        Add("v:b", 9.0, "01", 9.0);

        var estimate = new RateEstimates(_panel.History).For("v:a");

        Assert.Equal(new RateEstimate(0.4, 0.1, Measured: true), estimate);
    }

    [Fact]
    public void For_VoiceNeverHeard_IsTheDocumentedDefault()
    {
        Add("v:a", 0.2, "0123456789", 1.0);

        Assert.Equal(new RateEstimate(1.0, 0.07, Measured: false), new RateEstimates(_panel.History).For("v:other"));
    }

    [Fact]
    public void For_OnlyTheNewestRecordsCount()
    {
        for (var i = 0; i < RateEstimates.RecentRecords; i++)
            Add("v:a", 0.3, "0123456789", 1.0, minutesAgo: i);
        // More older records than newer ones: over all of them the median would be 5.
        for (var i = 0; i < RateEstimates.RecentRecords + 10; i++)
            Add("v:a", 5.0, "0123456789", 1.0, minutesAgo: 1_000 + i);

        Assert.Equal(0.3, new RateEstimates(_panel.History).For("v:a").Rtf, 10);
    }
}
