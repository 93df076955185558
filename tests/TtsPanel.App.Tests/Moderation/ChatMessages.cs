using TtsPanel.App.Settings;
using TtsPanel.App.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

/// <summary>Chat messages and moderators for the moderation tests, with only what each test sets.</summary>
internal static class ChatMessages
{
    public static ChatMessage From(string login, string text) => new()
    {
        Source = "twitch", Channel = "#streamer", SentAt = DateTimeOffset.UnixEpoch, UserLogin = login, DisplayName = login, Text = text,
    };

    public static ChatModerator Moderator(ModerationOptions options, FakeTimeProvider? time = null) =>
        new(new FixedOptionsMonitor<ModerationOptions>(options), time ?? new FakeTimeProvider());
}
