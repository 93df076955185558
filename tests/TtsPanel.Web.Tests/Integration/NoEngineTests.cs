using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

public sealed class NoEngineTests : IDisposable
{
    private readonly string _emptyVoiceData = Directory.CreateTempSubdirectory("ttspanel-no-voices-").FullName;

    public void Dispose() => Directory.Delete(_emptyVoiceData, recursive: true);

    [Fact]
    public async Task Speak_WhenEspeakCannotLoad_PanelStillRunsAndSaysWhy()
    {
        await using var panel = await PanelProcess.StartAsync(new Dictionary<string, string> { ["Engine:Espeak:DataPath"] = _emptyVoiceData });
        using var http = new HttpClient { BaseAddress = panel.BaseAddress };

        var response = await http.PostAsJsonAsync("/api/speak", new { text = "Anyone there?" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "No speech engine is available. f5-tts: No model pack is configured (Engine:F5:PackDirectory). " +
            $"espeak-ng: espeak-ng could not load its voice data from '{_emptyVoiceData}' (Engine:Espeak:DataPath).",
            body.GetProperty("errors").GetProperty("voice")[0].GetString());
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/voices")).GetArrayLength());
        var dashboard = await http.GetStringAsync("/");
        Assert.Contains("espeak-ng is unavailable: espeak-ng could not load its voice data", dashboard);
    }
}
