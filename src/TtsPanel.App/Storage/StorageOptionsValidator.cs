using Microsoft.Extensions.Options;

namespace TtsPanel.App.Storage;

/// <summary>Checks <see cref="StorageOptions"/> at start; each message names the key and the value.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory) || options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"{StorageOptions.Section}:DataDirectory must be a folder path (was '{options.DataDirectory}').");
        var file = options.DatabaseFileName ?? "";
        if (file.Length == 0 || file.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            failures.Add($"{StorageOptions.Section}:DatabaseFileName must be a plain file name (was '{file}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
