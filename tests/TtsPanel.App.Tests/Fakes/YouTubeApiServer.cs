using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// Kestrel on a loopback port playing the YouTube Data API's two endpoints the chat uses: each request is recorded
/// (with the time it arrived on the test's clock) and answered with the next scripted body, or held until the test
/// scripts one, so a test decides exactly what every poll sees.
/// </summary>
internal sealed class YouTubeApiServer : IAsyncDisposable
{
    private const string MessagesPath = "/youtube/v3/liveChat/messages";
    private const string VideosPath = "/youtube/v3/videos";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Channel<(int Status, string Body)> _messages = Channel.CreateUnbounded<(int, string)>();
    private readonly Channel<(int Status, string Body)> _videos = Channel.CreateUnbounded<(int, string)>();
    private readonly Lock _gate = new();
    private readonly List<YouTubeApiRequest> _requests = [];

    private YouTubeApiServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        app.MapGet(MessagesPath, context => AnswerAsync(context, _messages));
        app.MapGet(VideosPath, context => AnswerAsync(context, _videos));
    }

    /// <summary>The API's base address on this server, for <c>YouTubeOptions.BaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<YouTubeApiRequest> Requests
    {
        get
        {
            lock (_gate)
                return _requests.ToList();
        }
    }

    public static async Task<YouTubeApiServer> StartAsync(TimeProvider time)
    {
        var server = new YouTubeApiServer(LoopbackKestrel.Build(), time);
        await server._app.StartAsync();
        server.BaseUrl = LoopbackKestrel.Address(server._app) + "/youtube/v3/";
        return server;
    }

    /// <summary>Scripts the answer to the next <c>liveChatMessages.list</c> request.</summary>
    public void AnswerMessages(string body, int status = 200) => _messages.Writer.TryWrite((status, body));

    /// <summary>Scripts the answer to the next <c>videos.list</c> request.</summary>
    public void AnswerVideos(string body, int status = 200) => _videos.Writer.TryWrite((status, body));

    /// <summary>Waits (at most 10 s) until <paramref name="count"/> requests arrived; returns the last of them.</summary>
    public async Task<YouTubeApiRequest> WaitForRequestAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var requests = Requests;
            if (requests.Count >= count)
                return requests[count - 1];
            await Task.Delay(10, timeout.Token);
        }
    }

    private async Task AnswerAsync(HttpContext context, Channel<(int Status, string Body)> answers)
    {
        var request = new YouTubeApiRequest(
            context.Request.Path.Value!,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.QueryString.Value ?? "",
            context.Request.Headers["X-goog-api-key"].ToString(),
            _time.GetUtcNow());
        lock (_gate)
            _requests.Add(request);
        try
        {
            var (status, body) = await answers.Reader.ReadAsync(context.RequestAborted);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=UTF-8";
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up on a held request (it was stopped); nothing is left to answer.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
