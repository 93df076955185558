namespace TtsPanel.App.Settings;

/// <summary>One editable property of a settings section.</summary>
/// <param name="Name">The property's name, the last part of its configuration key, e.g. <c>MaxWords</c>.</param>
/// <param name="Kind">How it is edited.</param>
/// <param name="Choices">For an enum, the names it accepts (comma-separated for flags); empty otherwise.</param>
/// <param name="Label">
/// What the page calls it, e.g. <c>Longest message (words)</c>: the property's <c>[Display(Name)]</c>, or
/// <paramref name="Name"/> when it has none.
/// </param>
/// <param name="Help">
/// One line on what it does, with unit, range and default where they apply: the property's
/// <c>[Display(Description)]</c>, or empty when it has none.
/// </param>
public sealed record SettingField(string Name, SettingKind Kind, IReadOnlyList<string> Choices, string Label, string Help);
