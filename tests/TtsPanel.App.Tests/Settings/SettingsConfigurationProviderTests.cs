using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TtsPanel.App.Moderation;
using TtsPanel.App.Settings;

namespace TtsPanel.App.Tests.Settings;

public sealed class SettingsConfigurationProviderTests : IDisposable
{
    private readonly SettingsConfigurationSource _source = new();
    private readonly ServiceProvider _services;

    public SettingsConfigurationProviderTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Moderation:MaxWords"] = "60",
                ["Moderation:BannedWords:0"] = "alpha", ["Moderation:BannedWords:1"] = "beta", ["Moderation:BannedWords:2"] = "gamma",
            })
            .AddCommandLine(["--Moderation:MaxCharacters=250"])
            .Add(_source)
            .Build();
        _services = new ServiceCollection().AddOptions().AddSingleton<IConfiguration>(configuration)
            .Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.Section))
            .BuildServiceProvider();
    }

    private IOptionsMonitor<ModerationOptions> Monitor => _services.GetRequiredService<IOptionsMonitor<ModerationOptions>>();

    [Fact]
    public void Replace_RaisesTheChange_AndTheMonitorReadsTheSavedValue()
    {
        Assert.Equal(60, Monitor.CurrentValue.MaxWords);
        var changes = 0;
        using var listening = Monitor.OnChange((_, _) => changes++);

        _source.Provider.Replace(new Dictionary<string, string?> { ["Moderation:MaxWords"] = "5" }, []);

        Assert.Equal(5, Monitor.CurrentValue.MaxWords);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void Replace_SavedValue_WinsOverTheCommandLine()
    {
        _source.Provider.Replace(new Dictionary<string, string?> { ["Moderation:MaxCharacters"] = "99" }, []);

        Assert.Equal(99, Monitor.CurrentValue.MaxCharacters);
    }

    [Fact]
    public void Replace_ShorterSavedList_ReplacesTheFileListWhole()
    {
        _source.Provider.Replace(new Dictionary<string, string?> { ["Moderation:BannedWords:0"] = "delta" }, ["Moderation:BannedWords"]);

        Assert.Equal(["delta"], Monitor.CurrentValue.BannedWords);
    }

    [Fact]
    public void Replace_EmptySavedList_HidesTheFileList()
    {
        _source.Provider.Replace(new Dictionary<string, string?>(), ["Moderation:BannedWords"]);

        Assert.Empty(Monitor.CurrentValue.BannedWords);
    }

    [Fact]
    public void Replace_NothingSaved_LeavesTheFileValues()
    {
        _source.Provider.Replace(new Dictionary<string, string?>(), []);

        Assert.Equal(["alpha", "beta", "gamma"], Monitor.CurrentValue.BannedWords);
        Assert.Equal(250, Monitor.CurrentValue.MaxCharacters);
    }

    public void Dispose() => _services.Dispose();
}
