namespace TtsPanel.App.Settings;

/// <summary>How a setting is edited on the Settings page.</summary>
public enum SettingKind
{
    /// <summary>On or off.</summary>
    Switch,

    /// <summary>A whole or decimal number.</summary>
    Number,

    /// <summary>One line of text, an enum's name(s) included.</summary>
    Text,

    /// <summary>A list, one item per line.</summary>
    Lines,

    /// <summary>A secret: stored protected, shown masked.</summary>
    Secret,
}
