using LiteDB;
using TtsPanel.Engine.Audio;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

public class SpeakToOverlayTests
{
    [Fact]
    public async Task Speak_ReachesTheOverlayAsAudio_AndIsDoneOnlyAfterItFinished_AndIsInHistory()
    {
        await using var panel = await PanelProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        Guid id;
        await using (var overlay = await OverlayClient.ConnectAsync(panel))
        {
            id = await http.SpeakAsync("Hello from the integration test.");

            var clip = await overlay.NextClipAsync();

            Assert.Equal(id, clip.Id);
            var audio = WavDecoder.Decode(clip.Wav);
            Assert.Equal(24_000, audio.SampleRateHz);
            Assert.InRange(audio.Seconds, 0.8, 6);
            Assert.True(AudioMeasure.Rms(audio.Samples) > 0.01, $"RMS {AudioMeasure.Rms(audio.Samples)}");
            Assert.Equal("ready", await http.QueueStateAsync(id));

            await overlay.ReportStartedAsync(id);
            Assert.Equal("playing", await http.QueueStateAsync(id));
            await overlay.ReportFinishedAsync(id);
            Assert.Equal("done", await http.QueueStateAsync(id));
        }

        await panel.StopAsync();
        using var database = new LiteDatabase($"Filename={panel.DatabasePath};ReadOnly=true");
        var record = database.GetCollection("syntheses").FindOne(Query.EQ("QueueItemId", id));
        Assert.NotNull(record);
        Assert.True(record["Rtf"].AsDouble > 0);
        Assert.Equal("espeak-ng", record["Engine"].AsString);
    }

    [Fact]
    public async Task JoinOverlay_WhileAClipPlays_HandsThatClipOverAgainFromTheStart()
    {
        await using var panel = await PanelProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        await using var first = await OverlayClient.ConnectAsync(panel);
        var id = await http.SpeakAsync("Interrupted by a reload.");
        await first.NextClipAsync();
        await first.ReportStartedAsync(id);

        await using var reloaded = await OverlayClient.ConnectAsync(panel);

        var clips = reloaded.Welcome.GetProperty("clips").EnumerateArray().ToList();
        Assert.Equal(id, Assert.Single(clips).GetProperty("id").GetGuid());
        Assert.Equal("playing", await http.QueueStateAsync(id));
    }

    [Fact]
    public async Task Speak_SecondMessage_IsSynthesizedBeforeTheFirstFinishesPlaying()
    {
        await using var panel = await PanelProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        await using var overlay = await OverlayClient.ConnectAsync(panel);
        var first = await http.SpeakAsync("First message.");
        var second = await http.SpeakAsync("Second message.");
        await overlay.ReportStartedAsync((await overlay.NextClipAsync()).Id);

        var next = await overlay.NextClipAsync();

        Assert.Equal(second, next.Id);
        Assert.Equal("playing", await http.QueueStateAsync(first));
    }
}
