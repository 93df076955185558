namespace TtsPanel.App.Chat;

/// <summary>What a Settings page connection test found.</summary>
/// <param name="Succeeded">True when the source connected with the entered settings.</param>
/// <param name="Message">What happened, e.g. <c>Logged in as justinfan123 and joined #dallas</c> or the reason it failed.</param>
public sealed record ConnectionTestResult(bool Succeeded, string Message);
