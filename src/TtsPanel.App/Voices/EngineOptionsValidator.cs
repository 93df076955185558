using Microsoft.Extensions.Options;

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
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
