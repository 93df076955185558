using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Tests.Fakes;
using static TtsPanel.App.Tests.Fakes.YouTubeResponses;

namespace TtsPanel.App.Tests.Chat.YouTube;

/// <summary>The client against a loopback server playing the YouTube Data API: polling, paging, mapping, dedupe, stopping.</summary>
public sealed class YouTubeChatClientTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private YouTubeApiServer _server = null!;

    public async Task InitializeAsync() => _server = await YouTubeApiServer.StartAsync(_time);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RunAsync_FirstPage_IsBacklogAndNeverPublished()
    {
        _server.AnswerMessages(Page("t1", 5_000, Text("old-1", "UCviewer1", "Ann", "said before the panel started"), Text("old-2", "UCviewer2", "Bob", "me too")));
        _server.AnswerMessages(Page("t2", 5_000, Text("new-1", "UCviewer1", "Ann", "hello now")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);

        await client.WaitForNextPollAtAsync(Start.AddSeconds(5));
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("hello now", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(10));
        Assert.False(client.Client.Events.TryRead(out _));
        Assert.Equal(2, client.Client.BacklogSkipped);
    }

    [Fact]
    public async Task RunAsync_SeveralPages_FollowsEachTokenAfterTheIntervalYouTubeAsks()
    {
        _server.AnswerMessages(Page("t1", 2_000));
        _server.AnswerMessages(Page("t2", 7_000));
        _server.AnswerMessages(Page(null, 3_000));
        _server.AnswerMessages(Page("t4", 3_000));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);

        foreach (var wait in new[] { 2, 7, 3 })
        {
            var due = _time.GetUtcNow().AddSeconds(wait);
            await client.WaitForNextPollAtAsync(due);
            _time.Advance(TimeSpan.FromSeconds(wait));
        }

        await _server.WaitForRequestAsync(4);
        var requests = _server.Requests;
        Assert.Equal([null, "t1", "t2", "t2"], requests.Select(r => r.Param("pageToken")));
        Assert.Equal([Start, Start.AddSeconds(2), Start.AddSeconds(9), Start.AddSeconds(12)], requests.Select(r => r.At));
        Assert.All(requests, r => Assert.Equal(("/youtube/v3/liveChat/messages", ChatId, "snippet,authorDetails"), (r.Path, r.Param("liveChatId"), r.Param("part"))));
        Assert.Equal(ChatSourceState.Connected, client.Client.Status.State);
        Assert.Equal($"Reading live chat {ChatId}", client.Client.Status.Message);
    }

    [Fact]
    public async Task RunAsync_IntervalBelowTheMinimum_WaitsTheMinimum()
    {
        _server.AnswerMessages(Page("t1", 0));
        var options = RunningYouTubeClient.Options(_server);
        options.MinPollIntervalMs = 1_500;
        await using var client = RunningYouTubeClient.Start(options, _time);

        await client.WaitForNextPollAtAsync(Start.AddSeconds(1.5));
    }

    [Fact]
    public async Task RunAsync_ApiKey_TravelsInTheHeaderNeverInTheAddress()
    {
        _server.AnswerMessages(Page("t1", 5_000));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);

        var request = await _server.WaitForRequestAsync(1);

        Assert.Equal(RunningYouTubeClient.ApiKey, request.ApiKeyHeader);
        Assert.DoesNotContain(RunningYouTubeClient.ApiKey, request.RawQuery, StringComparison.Ordinal);
        Assert.Null(request.Param("key"));
    }

    [Fact]
    public async Task RunAsync_SuperChatMembershipAndRoles_MapToBitsSubscriberAndRoles()
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(Page("t2", 1_000,
            Text("m-owner", "UCowner", "The Streamer", "welcome all", owner: true),
            Text("m-mod", "UCmod", "Mod Person", "be nice", moderator: true),
            Text("m-member", "UCmember", "Member", "hi", sponsor: true),
            SuperChat("m-super", "UCfan", "Big Fan", "read this please", 50_000_000, "USD", tier: 6),
            SuperChat("m-yen", "UCfan2", "Yen Fan", "こんにちは", 1_000_000_000, "JPY", tier: 4),
            NewMember("m-join", "UCnew", "Newcomer"),
            Milestone("m-mile", "UCold", "Old Timer", "a year already", 12)));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        var messages = new List<ChatMessage>();
        for (var i = 0; i < 7; i++)
            messages.Add(Assert.IsType<ChatMessage>(await client.NextEventAsync()));

        Assert.Equal(
        [
            ("m-owner", "welcome all", true, false, false, 0, null),
            ("m-mod", "be nice", false, true, false, 0, null),
            ("m-member", "hi", false, false, true, 0, null),
            ("m-super", "read this please", false, false, false, 5_000, "superChat"),
            ("m-yen", "こんにちは", false, false, false, 1_000, "superChat"),
            ("m-join", "Welcome to Fan Club!", false, false, true, 0, "newMember"),
            ("m-mile", "a year already", false, false, true, 0, "memberMilestone"),
        ], messages.Select(m => (m.MessageId, m.Text, m.IsBroadcaster, m.IsModerator, m.IsSubscriber, m.Bits, m.NoticeKind)));
        Assert.All(messages, m => Assert.Equal(("youtube", ChatId), (m.Source, m.Channel)));
        Assert.Equal(("UCfan", "ucfan", "Big Fan"), (messages[3].UserId, messages[3].UserLogin, messages[3].DisplayName));
    }

    [Fact]
    public async Task RunAsync_DeletionAndBans_BecomeDeletedAndClearedEvents()
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(Page("t2", 1_000,
            Text("m-1", "UCtroll", "Troll", "something awful"),
            Deleted("del-1", "m-1"),
            Banned("ban-1", "UCtroll", "Troll", seconds: 300),
            Banned("ban-2", "UCworse", "Worse")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("m-1", Assert.IsType<ChatMessage>(await client.NextEventAsync()).MessageId);
        var deleted = Assert.IsType<ChatMessageDeleted>(await client.NextEventAsync());
        var timedOut = Assert.IsType<ChatUserCleared>(await client.NextEventAsync());
        var banned = Assert.IsType<ChatUserCleared>(await client.NextEventAsync());

        Assert.Equal(("m-1", "youtube", ChatId), (deleted.MessageId, deleted.Source, deleted.Channel));
        Assert.Equal(("UCtroll", "uctroll", TimeSpan.FromSeconds(300)), (timedOut.UserId, timedOut.UserLogin, timedOut.Duration));
        Assert.Equal(("UCworse", "ucworse", (TimeSpan?)null), (banned.UserId, banned.UserLogin, banned.Duration));
    }

    [Fact]
    public async Task RunAsync_ItemDeliveredTwice_IsPublishedOnce()
    {
        _server.AnswerMessages(Page("t1", 1_000, Text("old-1", "UCa", "Ann", "backlog")));
        _server.AnswerMessages(Page("t2", 1_000, Text("m-1", "UCa", "Ann", "first"), Text("old-1", "UCa", "Ann", "backlog")));
        _server.AnswerMessages(Page("t3", 1_000, Text("m-1", "UCa", "Ann", "first"), Text("m-2", "UCb", "Bob", "second")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        for (var poll = 1; poll <= 2; poll++)
        {
            await client.WaitForNextPollAtAsync(Start.AddSeconds(poll));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await client.WaitForNextPollAtAsync(Start.AddSeconds(3));

        var first = Assert.IsType<ChatMessage>(await client.NextEventAsync());
        var second = Assert.IsType<ChatMessage>(await client.NextEventAsync());
        Assert.Equal(("m-1", "m-2"), (first.MessageId, second.MessageId));
        Assert.False(client.Client.Events.TryRead(out _));
    }

    [Fact]
    public async Task RunAsync_BufferFull_DropsAndCountsTheRest()
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(Page("t2", 1_000, Text("m-1", "UCa", "Ann", "one"), Text("m-2", "UCa", "Ann", "two"), Text("m-3", "UCa", "Ann", "three")));
        var options = RunningYouTubeClient.Options(_server);
        options.EventBufferCapacity = 1;
        await using var client = RunningYouTubeClient.Start(options, _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        await client.WaitForNextPollAtAsync(Start.AddSeconds(2));

        Assert.Equal(2, client.Client.Losses.Dropped);
        Assert.Equal("one", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
    }

    [Fact]
    public async Task RunAsync_PageSaysOfflineAt_PublishesItsItemsThenStopsAsEnded()
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(OfflinePage("t2", Text("m-last", "UCa", "Ann", "bye!")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        await client.EndedAsync();

        Assert.Equal(new ChatSourceStatus(ChatSourceState.Stopped, "Stopped: the live chat ended"), client.Client.Status);
        Assert.Equal("bye!", Assert.IsType<ChatMessage>(await client.NextEventAsync()).Text);
        Assert.True(client.Client.Events.Completion.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_ChatEndedItem_StopsAsEnded()
    {
        _server.AnswerMessages(Page("t1", 1_000));
        _server.AnswerMessages(Page("t2", 1_000, ChatEnded("end-1")));
        await using var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        await client.EndedAsync();

        Assert.Equal("Stopped: the live chat ended", client.Client.Status.Message);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaitingToPoll_StopsAndPollsNoMore()
    {
        _server.AnswerMessages(Page("t1", 5_000));
        var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await client.WaitForNextPollAtAsync(Start.AddSeconds(5));

        await client.DisposeAsync();
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(new ChatSourceStatus(ChatSourceState.Stopped, "Stopped"), client.Client.Status);
        Assert.True(client.Client.Events.Completion.IsCompleted);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringARequest_StopsWithoutWaitingForTheAnswer()
    {
        var client = RunningYouTubeClient.Start(RunningYouTubeClient.Options(_server), _time);
        await _server.WaitForRequestAsync(1);

        await client.DisposeAsync();

        Assert.Equal(ChatSourceState.Stopped, client.Client.Status.State);
        Assert.True(client.Run.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunAsync_VideoId_LooksUpItsActiveChatThenPollsIt()
    {
        _server.AnswerVideos(Video("dQw4w9WgXcQ", activeLiveChatId: ChatId));
        _server.AnswerMessages(Page("t1", 1_000));
        var options = RunningYouTubeClient.Options(_server);
        options.LiveChatId = null;
        options.VideoId = "dQw4w9WgXcQ";
        await using var client = RunningYouTubeClient.Start(options, _time);

        await client.WaitForNextPollAtAsync(Start.AddSeconds(1));

        var requests = _server.Requests;
        Assert.Equal(("/youtube/v3/videos", "dQw4w9WgXcQ", "liveStreamingDetails"), (requests[0].Path, requests[0].Param("id"), requests[0].Param("part")));
        Assert.Equal(ChatId, requests[1].Param("liveChatId"));
        Assert.Equal(1 + 5, client.Client.Quota.SpentToday);
    }

    [Fact]
    public async Task RunAsync_VideoNotLiveYet_LooksAgainUntilItHasAChat()
    {
        _server.AnswerVideos(Video("dQw4w9WgXcQ"));
        _server.AnswerVideos(Video("dQw4w9WgXcQ", activeLiveChatId: ChatId));
        _server.AnswerMessages(Page("t1", 1_000));
        var options = RunningYouTubeClient.Options(_server);
        (options.LiveChatId, options.VideoId) = (null, "dQw4w9WgXcQ");
        await using var client = RunningYouTubeClient.Start(options, _time);

        var waiting = await client.WaitForStatusAsync(ChatSourceState.Reconnecting);
        Assert.EndsWith("(video dQw4w9WgXcQ has no live chat yet)", waiting.Message, StringComparison.Ordinal);
        _time.Advance(waiting.RetryAt!.Value - _time.GetUtcNow());

        await client.WaitForStatusAsync(ChatSourceState.Connected);
        Assert.Equal(["/youtube/v3/videos", "/youtube/v3/videos", "/youtube/v3/liveChat/messages"], _server.Requests.Select(r => r.Path));
    }

    [Theory]
    [InlineData(null, false, null, "Stopped: YouTube has no video dQw4w9WgXcQ (check Chat:YouTube:VideoId)")]
    [InlineData("dQw4w9WgXcQ", false, null, "Stopped: video dQw4w9WgXcQ is not a live stream")]
    [InlineData("dQw4w9WgXcQ", true, "2026-11-24T19:30:00Z", "Stopped: the live chat ended")]
    public async Task RunAsync_VideoWithoutChat_StopsSayingWhy(string? videoId, bool live, string? endedAt, string expected)
    {
        _server.AnswerVideos(Video(videoId, actualEndTime: endedAt, live: live));
        var options = RunningYouTubeClient.Options(_server);
        (options.LiveChatId, options.VideoId) = (null, "dQw4w9WgXcQ");
        await using var client = RunningYouTubeClient.Start(options, _time);

        await client.EndedAsync();

        Assert.Equal(expected, client.Client.Status.Message);
        Assert.Single(_server.Requests);
    }
}
