using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Moderation;
using TtsPanel.App.Settings;

namespace TtsPanel.App.Tests.Moderation;

/// <summary>Moderation settings saved while the panel runs apply to the next message.</summary>
public class ChatModeratorLiveSettingsTests
{
    [Fact]
    public void Moderate_AfterBlockedUsersSaved_RefusesTheNewlyBlockedUser()
    {
        var settings = new SettingsConfigurationSource();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Moderation:Triggers"] = "AllMessages" })
            .Add(settings)
            .Build();
        using var services = new ServiceCollection().AddOptions()
            .Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.Section))
            .BuildServiceProvider();
        using var moderator = new ChatModerator(services.GetRequiredService<IOptionsMonitor<ModerationOptions>>(), new FakeTimeProvider());
        Assert.IsType<MessageAccepted>(moderator.Moderate(ChatMessages.From("troll", "first words"), 0));

        settings.Provider.Replace(new Dictionary<string, string?>
        {
            ["Moderation:Triggers"] = "AllMessages", ["Moderation:BlockedUsers:0"] = "Troll",
        }, ["Moderation:BlockedUsers"]);

        var refused = Assert.IsType<MessageRejected>(moderator.Moderate(ChatMessages.From("troll", "more words"), 0));
        Assert.Equal(ModerationReason.BlockedUser, refused.Reason);
        Assert.Equal(1, moderator.Counters.Snapshot()[ModerationReason.BlockedUser]);
    }
}
