using System.Net.Http.Json;
using System.Text.Json;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>Plain HTTP calls on the panel's API, as an outside tool makes them.</summary>
public static class PanelApi
{
    public static async Task<Guid> SpeakAsync(this HttpClient http, string text, string? voice = null)
    {
        var response = await http.PostAsJsonAsync("/api/speak", new { text, voice });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 202, $"POST /api/speak answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<string> QueueStateAsync(this HttpClient http, Guid id)
    {
        var items = await http.GetFromJsonAsync<JsonElement>("/api/queue");
        return items.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("state").GetString()!;
    }

    /// <summary>Polls the queue (at most 30 s) until the item reaches <paramref name="state"/>.</summary>
    public static async Task WaitForStateAsync(this HttpClient http, Guid id, string state)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await http.QueueStateAsync(id) != state)
            await Task.Delay(50, timeout.Token);
    }
}
