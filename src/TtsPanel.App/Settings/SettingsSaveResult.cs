namespace TtsPanel.App.Settings;

/// <summary>What saving a section did: saved, or refused with every complaint (nothing saved then).</summary>
/// <param name="Failures">Each complaint, naming the key and the value (never a secret's).</param>
public sealed record SettingsSaveResult(IReadOnlyList<string> Failures)
{
    /// <summary>True when the section was saved and applied.</summary>
    public bool Saved => Failures.Count == 0;

    /// <summary>The complaints about <paramref name="key"/> (e.g. <c>Moderation:MaxWords</c>, or a list item of it).</summary>
    public IEnumerable<string> For(string key) =>
        Failures.Where(f => f.StartsWith(key, StringComparison.OrdinalIgnoreCase) && f.Length > key.Length && f[key.Length] is ' ' or ':');
}
