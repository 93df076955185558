using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tests.Queue;

public class SpeakServiceTests
{
    [Fact]
    public void Speak_NoVoice_UsesTheDefaultVoiceAndQueuesTrimmedText()
    {
        using var panel = new PanelFixture();

        var result = panel.Speech.Speak(new SpeakRequest("  hello  ", null));

        Assert.Equal("hello", result.Item!.Text);
        Assert.Equal(ToneEngine.Voice.Id, result.Item.VoiceId);
    }

    [Fact]
    public void Speak_WithDescribe_QueuesTheValidatedTextWithWhatItAdds()
    {
        using var panel = new PanelFixture();

        var result = panel.Speech.Speak(new SpeakRequest("  hello  ", null), r => r with { Lane = SpeechLane.Bits, IdempotencyKey = "k1" });

        Assert.Equal(("hello", SpeechLane.Bits, "k1"), (result.Item!.Text, result.Item.Lane, result.Item.IdempotencyKey));
        Assert.False(result.IsDuplicate);
    }

    [Fact]
    public void Speak_RepeatedIdempotencyKey_ReturnsTheFirstItemAsADuplicate()
    {
        using var panel = new PanelFixture();
        var first = panel.Speech.Speak(new SpeakRequest("hello", null), r => r with { IdempotencyKey = "k1" });

        var second = panel.Speech.Speak(new SpeakRequest("hello", null), r => r with { IdempotencyKey = "k1" });

        Assert.Equal((first.Item, true), (second.Item, second.IsDuplicate));
        Assert.Single(panel.Queue.Snapshot());
    }

    [Fact]
    public void Speak_UnknownVoice_IsRefusedNamingTheVoice()
    {
        using var panel = new PanelFixture();

        var result = panel.Speech.Speak(new SpeakRequest("hello", "tone:zz"));

        Assert.Equal(new SpeakError(SpeakErrorKind.Invalid, "voice", "Unknown voice 'tone:zz'. GET /api/voices lists the voices."), result.Error);
        Assert.Empty(panel.Queue.Snapshot());
    }

    [Fact]
    public void Speak_NoEngineAvailable_SaysWhy()
    {
        using var panel = new PanelFixture(engine: new ToneEngine(EngineAvailability.Unavailable("library missing")));

        var result = panel.Speech.Speak(new SpeakRequest("hello", null));

        Assert.Equal("No speech engine is available. tone: library missing", result.Error!.Message);
    }

    [Fact]
    public void Speak_QueueFull_IsRefusedAndQueuedItemsStay()
    {
        using var panel = new PanelFixture(new QueueOptions { MaxItems = 1 });
        panel.Enqueue("first");

        var result = panel.Speech.Speak(new SpeakRequest("second", null));

        Assert.Equal(SpeakErrorKind.QueueFull, result.Error!.Kind);
        Assert.Equal("The queue is full (Queue:MaxItems is 1); try again once some messages have played.", result.Error.Message);
        Assert.Equal(["first"], panel.Queue.Snapshot().Select(i => i.Text));
    }

    [Fact]
    public void Speak_Refusals_AreCountedByReason()
    {
        using var panel = new PanelFixture(new QueueOptions { MaxItems = 1 });
        panel.Enqueue("first");

        panel.Speech.Speak(new SpeakRequest("second", null));
        panel.Speech.Speak(new SpeakRequest("", null));
        panel.Speech.Speak(new SpeakRequest("hello", "tone:zz"));

        Assert.Equal(new Dictionary<QueueRefusal, long> { [QueueRefusal.QueueFull] = 1, [QueueRefusal.InvalidText] = 1, [QueueRefusal.UnknownVoice] = 1 },
            panel.Queue.Counters.Snapshot());
    }

    [Fact]
    public void Speak_TextOverTheLimit_IsRefusedOnTheTextField()
    {
        using var panel = new PanelFixture(new QueueOptions { MaxTextLength = 3 });

        var result = panel.Speech.Speak(new SpeakRequest("four", null));

        Assert.Equal(new SpeakError(SpeakErrorKind.Invalid, "text", "Text is 4 characters long; the limit is 3."), result.Error);
    }
}
