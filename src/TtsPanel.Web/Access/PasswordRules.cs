namespace TtsPanel.Web.Access;

/// <summary>What a panel password must be, the same at start (settings) and on the Access page.</summary>
public static class PasswordRules
{
    /// <summary>Shortest password accepted, in characters.</summary>
    public const int MinLength = 8;

    /// <summary>Longest password accepted, in characters; bounds the work one login costs.</summary>
    public const int MaxLength = 256;

    /// <summary>Null when <paramref name="password"/> is acceptable, else what is wrong, to follow the password's name.</summary>
    public static string? Check(string password) => password.Length switch
    {
        < MinLength => $"must be at least {MinLength} characters long (was {password.Length}).",
        > MaxLength => $"must be at most {MaxLength} characters long (was {password.Length}).",
        _ when string.IsNullOrWhiteSpace(password) => "must not be only spaces.",
        _ => null,
    };
}
