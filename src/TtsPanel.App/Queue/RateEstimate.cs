namespace TtsPanel.App.Queue;

/// <summary>How fast a voice synthesizes and how long its speech runs per character, to predict a queue item.</summary>
/// <param name="Rtf">Synthesis time divided by audio duration.</param>
/// <param name="SecondsPerCharacter">Audio seconds per character of text.</param>
/// <param name="Measured">True when taken from the voice's recent records, false for the defaults.</param>
public sealed record RateEstimate(double Rtf, double SecondsPerCharacter, bool Measured)
{
    /// <summary>
    /// RTF assumed for a voice never heard: 1, synthesis as long as the speech, a pessimistic guess that errs towards
    /// a later start rather than a promise the panel cannot keep.
    /// </summary>
    public const double DefaultRtf = 1.0;

    /// <summary>Audio seconds per character assumed for a voice never heard: 0.07 s, about 14 characters (170 words per minute) a second.</summary>
    public const double DefaultSecondsPerCharacter = 0.07;

    /// <summary>The defaults, used until a voice has a record.</summary>
    public static RateEstimate Default { get; } = new(DefaultRtf, DefaultSecondsPerCharacter, Measured: false);
}
