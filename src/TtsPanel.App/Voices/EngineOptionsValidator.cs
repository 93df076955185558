using Microsoft.Extensions.Options;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Voices;

/// <summary>Checks <see cref="EngineOptions"/> at start; each message names the key and the value.</summary>
public sealed class EngineOptionsValidator : IValidateOptions<EngineOptions>
{
    public ValidateOptionsResult Validate(string? name, EngineOptions options)
    {
        var failures = new List<string>();
        var voice = options.DefaultVoice ?? "";
        var separator = voice.IndexOf(':');
        if (separator <= 0 || separator == voice.Length - 1)
            failures.Add($"{EngineOptions.Section}:DefaultVoice must look like engine:voice, e.g. espeak-ng:en-us (was '{voice}').");
        OptionRange.Check(failures, $"{EngineOptions.Section}:Espeak:WordsPerMinute", options.Espeak.WordsPerMinute, 80, 450);
        if (options.Espeak.DataPath is { } path && !Directory.Exists(path))
            failures.Add($"{EngineOptions.Section}:Espeak:DataPath must be an existing folder (was '{path}').");
        // A missing or broken pack does not stop the start: the engine reports it unavailable and espeak-ng speaks.
        var f5 = options.F5;
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:Nfe", f5.Nfe, SynthesisOverrides.MinNfe, SynthesisOverrides.MaxNfe);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:CudaGraphLengths", f5.CudaGraphLengths, 0, 256);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:FrameBucket", f5.FrameBucket, 1, 256);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:CfgStrength", f5.CfgStrength, 0, SynthesisOverrides.MaxCfgStrength);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:SwayCoefficient", f5.SwayCoefficient, -1, 1);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:Speed", f5.Speed, SynthesisOverrides.MinSpeed, SynthesisOverrides.MaxSpeed);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:CrossFadeSeconds", f5.CrossFadeSeconds, 0, 1);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:FirstChunkSeconds", f5.FirstChunkSeconds, 0, 10);
        OptionRange.Check(failures, $"{EngineOptions.Section}:F5:TargetRms", f5.TargetRms, 0.01, 1);
        // Configuration binding rejects unknown names; a number outside the enum still binds and must be caught here.
        if (!Enum.IsDefined(f5.Vocoder))
            failures.Add($"{EngineOptions.Section}:F5:Vocoder must be GraphIstft or CSharpIstft (was '{f5.Vocoder}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
