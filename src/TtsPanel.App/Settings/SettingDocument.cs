namespace TtsPanel.App.Settings;

/// <summary>One saved setting in the LiteDB collection <c>settings</c>: a single value, or a whole list.</summary>
public sealed class SettingDocument
{
    /// <summary>The configuration key, e.g. <c>Moderation:MaxWords</c> or, for a list, <c>Moderation:BannedWords</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The value as configuration text; null for a list.</summary>
    public string? Value { get; set; }

    /// <summary>The list's items in order; null for a single value.</summary>
    public List<string>? Items { get; set; }
}
