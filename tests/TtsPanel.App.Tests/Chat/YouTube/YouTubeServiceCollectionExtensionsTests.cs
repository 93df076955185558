using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Chat;
using TtsPanel.App.Chat.YouTube;
using TtsPanel.App.Storage;

namespace TtsPanel.App.Tests.Chat.YouTube;

public class YouTubeServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddLogging();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<PanelDatabase>();
        services.AddYouTubeChat();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddYouTubeChat_QuotaLedger_OneForThePanel_KeptInTheDatabaseAcrossARestart()
    {
        var directory = Directory.CreateTempSubdirectory("ttspanel-quota-").FullName;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory };
        try
        {
            using (var provider = Build(settings, time))
            {
                var ledger = provider.GetRequiredService<YouTubeQuotaLedger>();
                Assert.Same(ledger, provider.GetRequiredService<YouTubeQuotaLedger>());
                Assert.True(ledger.TrySpend(7, 100));
            }

            using var restarted = Build(settings, time);
            Assert.Equal(7, restarted.GetRequiredService<YouTubeQuotaLedger>().SpentToday);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AddYouTubeChat_Disabled_RegistersTheSourceAsOff()
    {
        using var provider = Build(new() { ["Chat:YouTube:Enabled"] = "false" });

        var source = Assert.Single(provider.GetServices<IChatSource>());

        Assert.Equal("youtube", source.Name);
        Assert.Equal(ChatSourceState.Stopped, source.Status.State);
    }

    [Fact]
    public void AddYouTubeChat_Enabled_BindsTheSettings()
    {
        using var provider = Build(new()
        {
            ["Chat:YouTube:Enabled"] = "true", ["Chat:YouTube:ApiKey"] = "AIzaSyValidKey_0123", ["Chat:YouTube:VideoId"] = "dQw4w9WgXcQ",
            ["Chat:YouTube:SuperChatTierBits:0"] = "50", ["Chat:YouTube:SuperChatTierBits:1"] = "150",
        });

        Assert.Equal("youtube", Assert.Single(provider.GetServices<IChatSource>()).Name);
        Assert.Equal([50, 150], provider.GetRequiredService<IOptions<YouTubeOptions>>().Value.SuperChatTierBits);
    }

    [Fact]
    public void AddYouTubeChat_EnabledWithoutKey_FailsValidationNamingTheKey()
    {
        using var provider = Build(new() { ["Chat:YouTube:Enabled"] = "true", ["Chat:YouTube:VideoId"] = "dQw4w9WgXcQ" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<YouTubeOptions>>().Value);

        Assert.Contains("Chat:YouTube:ApiKey must be set when Chat:YouTube:Enabled is true (was empty).", error.Failures);
    }
}
