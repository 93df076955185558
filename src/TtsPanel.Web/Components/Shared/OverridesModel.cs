using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Web.Components.Shared;

/// <summary>The form state of one side of a blind pair: each setting empty to keep the engine's own.</summary>
public sealed class OverridesModel
{
    /// <summary>Flow steps, 4–64; null keeps <c>Engine:F5:Nfe</c>.</summary>
    public int? Nfe { get; set; }

    /// <summary>Classifier-free guidance, 0–10; null keeps <c>Engine:F5:CfgStrength</c>.</summary>
    public double? CfgStrength { get; set; }

    /// <summary>Sway coefficient, −1–1; null keeps <c>Engine:F5:SwayCoefficient</c>.</summary>
    public double? SwayCoefficient { get; set; }

    /// <summary>Speaking-speed factor, 0.3–2; null keeps the configured speed.</summary>
    public double? Speed { get; set; }

    public SynthesisOverrides ToOverrides() => new(Nfe, CfgStrength, SwayCoefficient, Speed);
}
