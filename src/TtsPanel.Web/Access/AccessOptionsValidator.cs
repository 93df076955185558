using Microsoft.Extensions.Options;
using TtsPanel.App;

namespace TtsPanel.Web.Access;

/// <summary>Checks <see cref="AccessOptions"/>; each message names the key (never a password's value).</summary>
public sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var failures = new List<string>();
        CheckPassword(failures, nameof(AccessOptions.AdminPassword), options.AdminPassword);
        CheckPassword(failures, nameof(AccessOptions.ModeratorPassword), options.ModeratorPassword);
        if (options.AdminPassword is not null && options.AdminPassword == options.ModeratorPassword)
            failures.Add($"{AccessOptions.Section}:ModeratorPassword must differ from {AccessOptions.Section}:AdminPassword.");
        OptionRange.Check(failures, $"{AccessOptions.Section}:MaxLoginFailures", options.MaxLoginFailures, 1, 100);
        OptionRange.Check(failures, $"{AccessOptions.Section}:LoginLockoutSeconds", options.LoginLockoutSeconds, 1, 86_400);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckPassword(List<string> failures, string key, string? password)
    {
        // The value is a secret: the message gives its length only.
        if (password is not null && PasswordRules.Check(password) is { } problem)
            failures.Add($"{AccessOptions.Section}:{key} {problem}");
    }
}
