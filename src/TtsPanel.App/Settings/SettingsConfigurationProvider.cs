using Microsoft.Extensions.Configuration;

namespace TtsPanel.App.Settings;

/// <summary>
/// The settings saved on the Settings page, as configuration. Added after every other source, so a saved value wins
/// over <c>appsettings.json</c>, environment variables and the command line. A list saved here replaces the other
/// sources' list for that key as a whole (not item by item), so a shortened or emptied list stays short or empty.
/// </summary>
public sealed class SettingsConfigurationProvider : ConfigurationProvider
{
    private HashSet<string> _ownedLists = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Replaces every value with <paramref name="values"/> and tells <c>IOptionsMonitor</c> consumers.</summary>
    /// <param name="values">Flat configuration keys (<c>Moderation:BannedWords:0</c>) and their values.</param>
    /// <param name="lists">Keys of the lists in <paramref name="values"/> (<c>Moderation:BannedWords</c>), empty ones included.</param>
    public void Replace(IReadOnlyDictionary<string, string?> values, IEnumerable<string> lists)
    {
        Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        _ownedLists = new HashSet<string>(lists, StringComparer.OrdinalIgnoreCase);
        OnReload();
    }

    /// <summary>
    /// The configuration root asks each source in turn, passing on the keys found so far; for a list saved here the
    /// earlier sources' items are dropped, which is how a saved list replaces the file's instead of merging with it.
    /// </summary>
    public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath) =>
        parentPath is not null && _ownedLists.Contains(parentPath)
            ? base.GetChildKeys([], parentPath)
            : base.GetChildKeys(earlierKeys, parentPath);
}
