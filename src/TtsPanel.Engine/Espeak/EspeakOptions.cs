namespace TtsPanel.Engine.Espeak;

/// <summary>Settings for the espeak-ng engine.</summary>
public sealed class EspeakOptions
{
    /// <summary>Folder holding <c>espeak-ng-data</c>; null (default) lets the library use its built-in location.</summary>
    public string? DataPath { get; set; }

    /// <summary>Speaking rate at speed 1.0, in words per minute; default 175 (espeak-ng's own default).</summary>
    public int WordsPerMinute { get; set; } = 175;
}
