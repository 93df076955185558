using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.Engine.Audio;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>The F5 engine inside the real panel, on the committed tiny random-weight pack and a voice folder.</summary>
public class F5VoiceTests
{
    private static readonly string TinyPack = Path.Combine(PanelProcess.RepositoryRoot(), "tests", "fixtures", "f5-tiny");

    private static void AddNatureVoice(string dataDirectory)
    {
        var folder = Directory.CreateDirectory(Path.Combine(dataDirectory, "voices", "nature")).FullName;
        File.Copy(Path.Combine(TinyPack, "reference.wav"), Path.Combine(folder, "reference.wav"));
        File.WriteAllText(Path.Combine(folder, "voice.json"),
            """{"name": "Nature", "transcript": "Some call me nature, others call me mother nature.", "consentConfirmed": true}""");
    }

    [Fact]
    public async Task Speak_WithAClonedVoice_ReachesTheOverlayAndIsRecordedWithItsRuntime()
    {
        await using var panel = await PanelProcess.StartAsync(
            new Dictionary<string, string> { ["Engine:F5:PackDirectory"] = TinyPack, ["Engine:F5:Seed"] = "1234" }, AddNatureVoice);
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };
        await using var overlay = await OverlayClient.ConnectAsync(panel);

        var voices = await http.GetFromJsonAsync<JsonElement>("/api/voices");
        Assert.Contains(voices.EnumerateArray(), v => v.GetProperty("id").GetString() == "f5-tts:nature");
        var id = await http.SpeakAsync("Hello world, this is a tiny test.", "f5-tts:nature");

        var clip = await overlay.NextClipAsync();

        Assert.Equal(id, clip.Id);
        var audio = WavDecoder.Decode(clip.Wav);
        // 313 frames planned, 192 of them the reference's (49 198 samples once clipped): 256 × (121 − 1) samples.
        Assert.Equal(30_720, audio.Samples.Length);
        Assert.True(AudioMeasure.Peak(audio.Samples) > 0, "the clip is all zeros");
        var record = (await http.GetFromJsonAsync<JsonElement>("/api/history?take=1"))[0];
        Assert.Equal("f5-tts", record.GetProperty("engine").GetString());
        Assert.Equal("CPU", record.GetProperty("provider").GetString());
        Assert.Equal("fp32", record.GetProperty("precision").GetString());
        Assert.True(record.GetProperty("stageMs").GetProperty("nfe").GetDouble() > 0);
    }
}
