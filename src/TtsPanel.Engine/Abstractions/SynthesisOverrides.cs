using System.Globalization;

namespace TtsPanel.Engine.Abstractions;

/// <summary>
/// Engine settings one request runs under instead of the configured ones, e.g. to hear NFE 6 against NFE 7. Each
/// value left null keeps the engine's setting. F5-TTS honours all four; espeak-ng only <see cref="Speed"/>, as a
/// factor on its words per minute.
/// </summary>
/// <param name="Nfe">Flow steps, <see cref="MinNfe"/>–<see cref="MaxNfe"/>.</param>
/// <param name="CfgStrength">Classifier-free guidance strength, 0–10.</param>
/// <param name="SwayCoefficient">Sway sampling coefficient, −1–1.</param>
/// <param name="Speed">Speaking-speed factor, 0.3–2 (1 = normal), replacing the configured one.</param>
public sealed record SynthesisOverrides(int? Nfe = null, double? CfgStrength = null, double? SwayCoefficient = null, double? Speed = null)
{
    /// <summary>Fewest flow steps the F5 time grid supports.</summary>
    public const int MinNfe = 4;

    /// <summary>Most flow steps accepted.</summary>
    public const int MaxNfe = 64;

    /// <summary>Strongest classifier-free guidance accepted.</summary>
    public const double MaxCfgStrength = 10;

    /// <summary>Slowest speaking-speed factor accepted.</summary>
    public const double MinSpeed = 0.3;

    /// <summary>Fastest speaking-speed factor accepted.</summary>
    public const double MaxSpeed = 2;

    /// <summary>No override: every setting as configured.</summary>
    public static SynthesisOverrides None { get; } = new();

    /// <summary>Every value out of its range, one sentence each naming the setting and the value; empty when all are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Nfe is { } nfe && (nfe < MinNfe || nfe > MaxNfe))
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"NFE must be between {MinNfe} and {MaxNfe} (was {nfe})."));
        Check(problems, "CFG strength", CfgStrength, 0, MaxCfgStrength);
        Check(problems, "Sway coefficient", SwayCoefficient, -1, 1);
        Check(problems, "Speed", Speed, MinSpeed, MaxSpeed);
        return problems;
    }

    /// <summary>Throws when a value is out of range, so an engine never runs a setting the panel would refuse.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message lists each.</exception>
    public void EnsureValid()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(' ', problems));
    }

    private static void Check(List<string> problems, string name, double? value, double min, double max)
    {
        if (value is { } v && (double.IsNaN(v) || v < min || v > max))
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max} (was {v})."));
    }
}
