using Microsoft.Extensions.Options;
using TtsPanel.App.Moderation;
using TtsPanel.App.Settings;

namespace TtsPanel.App.Tests.Settings;

public class SettingsSectionTests
{
    private static readonly SettingsSection Moderation =
        SettingsSection.For(ModerationOptions.Section, "Moderation", new ModerationOptionsValidator());

    [Fact]
    public void Fields_EveryModerationRule_IsEditable()
    {
        var names = Moderation.Fields.Select(f => f.Name).ToList();

        Assert.Equal(typeof(ModerationOptions).GetProperties().Count(p => p.SetMethod is not null), names.Count);
        Assert.Contains("BannedPatterns", names);
        Assert.DoesNotContain("EffectiveIgnoredPrefixes", names); // computed, not a setting
        Assert.Equal(SettingKind.Lines, Moderation.Fields.Single(f => f.Name == "BlockedUsers").Kind);
        Assert.Equal(["None", "AllMessages", "Command", "Bits", "Reward"], Moderation.Fields.Single(f => f.Name == "Triggers").Choices.Take(5));
    }

    [Fact]
    public void ToTexts_ThenToConfiguration_GivesTheConfigurationKeys()
    {
        var texts = Moderation.ToTexts(new ModerationOptions { MaxWords = 12, BannedWords = ["one", "two words"], Triggers = ChatTriggers.Command | ChatTriggers.Bits });

        var (values, lists, failures) = Moderation.ToConfiguration(texts);

        Assert.Empty(failures);
        Assert.Equal("12", values["Moderation:MaxWords"]);
        Assert.Equal("Command, Bits", values["Moderation:Triggers"]);
        Assert.Equal("two words", values["Moderation:BannedWords:1"]);
        Assert.Contains("Moderation:BannedWords", lists);
    }

    [Fact]
    public void ToConfiguration_TextThatIsNotTheFieldsType_NamesKeyAndText()
    {
        var texts = Moderation.ToTexts(new ModerationOptions());
        texts["MaxWords"] = "many";
        texts["Links"] = "Maybe";

        var (_, _, failures) = Moderation.ToConfiguration(texts);

        Assert.Equal(["Moderation:MaxWords must be a whole number (was 'many').", "Moderation:Links must be one of Trim, Reject (was 'Maybe')."], failures);
    }

    [Fact]
    public void Fields_LabelAndHelp_ComeFromTheDisplayAttribute()
    {
        var maxWords = Moderation.Fields.Single(f => f.Name == "MaxWords");

        Assert.Equal("Longest message (words)", maxWords.Label);
        Assert.Contains("1–1000, default 60", maxWords.Help);
    }

    [Fact]
    public void Fields_PropertyWithoutDisplayAttribute_FallsBackToItsName()
    {
        var section = SettingsSection.For("Plain", "Plain", new PlainOptionsValidator());

        var field = Assert.Single(section.Fields);
        Assert.Equal("Count", field.Label);
        Assert.Equal("", field.Help);
    }

    private sealed class PlainOptions
    {
        public int Count { get; set; }
    }

    private sealed class PlainOptionsValidator : IValidateOptions<PlainOptions>
    {
        public ValidateOptionsResult Validate(string? name, PlainOptions options) => ValidateOptionsResult.Success;
    }
}
