using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>Checks <see cref="TwitchOptions"/> at start and on the Settings page when Twitch is enabled; each message names the key and the value (never the token's).</summary>
public sealed partial class TwitchOptionsValidator : IValidateOptions<TwitchOptions>
{
    private const string Key = TwitchOptions.Section;
    private const int MaxChannels = 20; // one JOIN per channel stays inside Twitch's join rate limit (20 per 10 s)

    public ValidateOptionsResult Validate(string? name, TwitchOptions options)
    {
        // A disabled source is not read, so a half-filled section must not stop the panel or refuse a save.
        if (!options.Enabled)
            return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host) || options.Host.Any(char.IsWhiteSpace))
            failures.Add($"{Key}:Host must be a host name (was '{options.Host}').");
        OptionRange.Check(failures, $"{Key}:Port", options.Port, 1, 65_535);
        if (!Enum.IsDefined(options.Transport))
            failures.Add($"{Key}:Transport must be Tcp or WebSocket (was '{options.Transport}').");
        if (!Uri.TryCreate(options.WebSocketUrl, UriKind.Absolute, out var url) || url.Scheme is not ("ws" or "wss"))
            failures.Add($"{Key}:WebSocketUrl must be an absolute ws:// or wss:// address (was '{options.WebSocketUrl}').");
        CheckLogin(failures, options);
        CheckChannels(failures, options.Channels);
        OptionRange.Check(failures, $"{Key}:SilenceBeforePingSeconds", options.SilenceBeforePingSeconds, 1, 600);
        OptionRange.Check(failures, $"{Key}:PongTimeoutSeconds", options.PongTimeoutSeconds, 1, 120);
        OptionRange.Check(failures, $"{Key}:ConnectTimeoutSeconds", options.ConnectTimeoutSeconds, 1, 120);
        OptionRange.Check(failures, $"{Key}:ReconnectMinDelayMs", options.ReconnectMinDelayMs, 10, 60_000);
        OptionRange.Check(failures, $"{Key}:ReconnectMaxDelayMs", options.ReconnectMaxDelayMs, 10, 600_000);
        if (options.ReconnectMaxDelayMs < options.ReconnectMinDelayMs)
            failures.Add($"{Key}:ReconnectMaxDelayMs must be at least {Key}:ReconnectMinDelayMs ({options.ReconnectMinDelayMs}) (was {options.ReconnectMaxDelayMs}).");
        OptionRange.Check(failures, $"{Key}:DedupeCapacity", options.DedupeCapacity, 1, 100_000);
        OptionRange.Check(failures, $"{Key}:DedupeWindowSeconds", options.DedupeWindowSeconds, 1, 86_400);
        OptionRange.Check(failures, $"{Key}:EventBufferCapacity", options.EventBufferCapacity, 1, 1_000_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckLogin(List<string> failures, TwitchOptions options)
    {
        var hasLogin = !string.IsNullOrEmpty(options.Login);
        var hasToken = !string.IsNullOrEmpty(options.OAuthToken);
        if (hasLogin && !Name().IsMatch(options.Login!))
            failures.Add($"{Key}:Login must be 1 to 25 letters, digits or underscores (was '{options.Login}').");
        if (hasLogin && !hasToken)
            failures.Add($"{Key}:OAuthToken must be set when {Key}:Login is (was empty).");
        if (hasToken && !hasLogin)
            failures.Add($"{Key}:Login must be set when {Key}:OAuthToken is (was empty).");
        // The token itself is a secret: say what is wrong with it without echoing it.
        if (hasToken && options.OAuthToken!.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            failures.Add($"{Key}:OAuthToken must not contain spaces or control characters (was a value of {options.OAuthToken!.Length} characters).");
    }

    private static void CheckChannels(List<string> failures, List<string> channels)
    {
        if (channels.Count is 0 or > MaxChannels)
            failures.Add($"{Key}:Channels must list between 1 and {MaxChannels} channels (was {channels.Count}).");
        for (var i = 0; i < channels.Count; i++)
        {
            if (!Name().IsMatch(TwitchOptions.NormaliseChannel(channels[i] ?? "")[1..]))
                failures.Add($"{Key}:Channels:{i} must be 1 to 25 letters, digits or underscores, with or without a leading '#' (was '{channels[i]}').");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,25}$")]
    private static partial Regex Name();
}
