using Microsoft.Extensions.Configuration;
using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class ModerationOptionsTests
{
    private static ModerationOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(ModerationOptions.Section).Get<ModerationOptions>()!;

    [Fact]
    public void Bind_CombinedTriggers_ReadAsFlags() =>
        Assert.Equal(ChatTriggers.AllMessages | ChatTriggers.Reward, Bind(new() { ["Moderation:Triggers"] = "AllMessages, Reward" }).Triggers);

    [Fact]
    public void Bind_IgnoredPrefixes_ReplaceTheExclamationMark() =>
        Assert.Equal(["#", "?"], Bind(new() { ["Moderation:IgnoredPrefixes:0"] = "#", ["Moderation:IgnoredPrefixes:1"] = "?" }).EffectiveIgnoredPrefixes);

    [Fact]
    public void EffectiveIgnoredPrefixes_NoneSet_IsTheExclamationMark() =>
        Assert.Equal(["!"], new ModerationOptions().EffectiveIgnoredPrefixes);
}
