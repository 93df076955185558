using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using TtsPanel.App.Settings;
using TtsPanel.Web.Settings;

namespace TtsPanel.Web.Tests.Settings;

/// <summary>Every field the Settings page shows speaks the streamer's language, so a new option cannot slip in unlabelled.</summary>
public class SettingsLabelTests
{
    [Fact]
    public void EveryShownField_HasADisplayLabelAndHelp()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.AddTtsPanelSettings();
        // The sections exactly as the panel registers them for the page.
        var sections = builder.Services.Where(d => d.ServiceType == typeof(SettingsSection))
            .Select(d => (SettingsSection)d.ImplementationInstance!).ToList();

        var unlabelled = sections
            .SelectMany(section => section.Fields.Select(field => (section, field)))
            .Where(x => x.section.OptionsType.GetProperty(x.field.Name)!.GetCustomAttribute<DisplayAttribute>() is not { } display
                        || string.IsNullOrWhiteSpace(display.Name) || string.IsNullOrWhiteSpace(display.Description)
                        || x.field.Label != display.Name || x.field.Help != display.Description)
            .Select(x => x.section.Key(x.field.Name))
            .ToList();

        Assert.Equal(["Chat:Twitch", "Chat:YouTube", "Webhook", "Chat", "Moderation"], sections.Select(s => s.Name));
        Assert.True(sections.Sum(s => s.Fields.Count) > 50);
        Assert.Empty(unlabelled);
    }
}
