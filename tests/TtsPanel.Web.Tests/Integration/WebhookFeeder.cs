using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// Sends messages to the webhook one after another, as Streamer.bot would, recording each acknowledgement in the
/// ledger; the message whose answer never came (the panel died) is kept to be sent again with its key.
/// </summary>
public sealed class WebhookFeeder(DeliveryLedger ledger, string token, Random random)
{
    /// <summary>The message sent when the panel died, answer unknown; null when none.</summary>
    public FedMessage? InFlight { get; private set; }

    /// <summary>Sends new messages until <paramref name="count"/> were sent or the panel stops answering.</summary>
    public async Task FeedAsync(Uri panel, int count)
    {
        using var http = Client(panel);
        for (var i = 0; i < count; i++)
        {
            if (!await TrySendAsync(http, ledger.Next(random)))
                return;
        }
    }

    /// <summary>
    /// After a restart: sends the message left in flight, and the last acknowledged one again, as a tool retrying a
    /// request whose answer it missed would; both must come back with the id of a single item.
    /// </summary>
    public async Task RetryAsync(Uri panel)
    {
        using var http = Client(panel);
        if (InFlight is { } lost)
        {
            InFlight = null;
            Assert.True(await TrySendAsync(http, lost), "The restarted panel did not answer.");
        }

        if (ledger.LastAcknowledged() is { } last)
            Assert.True(await TrySendAsync(http, last), "The restarted panel did not answer.");
    }

    private async Task<bool> TrySendAsync(HttpClient http, FedMessage message)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync("/api/messages",
                new { user = "crash-test", text = message.Text, priority = message.Priority, idempotencyKey = message.Key });
        }
        catch (HttpRequestException)
        {
            InFlight = message;
            return false;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK,
                $"The webhook answered {(int)response.StatusCode} to message {message.Index}: {body}");
            ledger.Acknowledged(message, JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
            return true;
        }
    }

    private HttpClient Client(Uri panel)
    {
        var http = new HttpClient { BaseAddress = panel };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
