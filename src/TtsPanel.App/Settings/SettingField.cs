namespace TtsPanel.App.Settings;

/// <summary>One editable property of a settings section.</summary>
/// <param name="Name">The property's name, the last part of its configuration key, e.g. <c>MaxWords</c>.</param>
/// <param name="Kind">How it is edited.</param>
/// <param name="Choices">For an enum, the names it accepts (comma-separated for flags); empty otherwise.</param>
public sealed record SettingField(string Name, SettingKind Kind, IReadOnlyList<string> Choices);
