using Microsoft.Extensions.Configuration;

namespace TtsPanel.App.Settings;

/// <summary>Adds the one <see cref="SettingsConfigurationProvider"/> that <see cref="SettingsStore"/> fills and reloads.</summary>
public sealed class SettingsConfigurationSource : IConfigurationSource
{
    /// <summary>The provider, empty until <see cref="SettingsStore.Load"/> runs.</summary>
    public SettingsConfigurationProvider Provider { get; } = new();

    public IConfigurationProvider Build(IConfigurationBuilder builder) => Provider;
}
