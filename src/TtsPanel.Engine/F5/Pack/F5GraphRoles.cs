namespace TtsPanel.Engine.F5.Pack;

/// <summary>The graphs of a pack (decision 6) and the precisions a pack may ship them in.</summary>
public static class F5GraphRoles
{
    /// <summary>Once per utterance: text and reference mel → conditioning for the CFG pair and the rotary tables.</summary>
    public const string Conditioning = "conditioning";

    /// <summary>Once per flow step: the velocity for the conditional and the unconditional row.</summary>
    public const string DitStep = "dit_step";

    /// <summary>
    /// With a flow step graph (<see cref="F5GraphContract.FlowStep"/>), once per time grid: the grid → every step's
    /// AdaLN values, which the step reads instead of computing them from t.
    /// </summary>
    public const string TimeModulation = "time_modulation";

    /// <summary>Once: mel → waveform.</summary>
    public const string Vocoder = "vocoder";

    /// <summary>Optional, in place of <see cref="Vocoder"/>: mel → one-sided spectrum (real, imag) for the inverse STFT in C#.</summary>
    public const string VocoderSpectrum = "vocoder_spectrum";

    public const string Fp32 = "fp32";
    public const string Fp16 = "fp16";
}
