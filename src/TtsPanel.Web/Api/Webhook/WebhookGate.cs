using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TtsPanel.App.Moderation;

namespace TtsPanel.Web.Api.Webhook;

/// <summary>
/// The webhook's door: the bearer token, compared in constant time, and the rate limit for the token's holder. A token
/// or limit saved on the Settings page applies to the next request (the rate window starts afresh).
/// </summary>
public sealed class WebhookGate : IDisposable
{
    private const string Scheme = "Bearer ";

    // Hashes of equal length make the comparison's time independent of the token's length as well as its content.
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly IDisposable? _changes;
    private volatile byte[]? _tokenHash;
    private RateWindow _rate = null!;

    public WebhookGate(IOptionsMonitor<WebhookOptions> options, TimeProvider time)
    {
        _time = time;
        Apply(options.CurrentValue);
        _changes = options.OnChange((changed, _) => Apply(changed));
    }

    public void Dispose() => _changes?.Dispose();

    private void Apply(WebhookOptions settings)
    {
        lock (_gate)
        {
            _tokenHash = string.IsNullOrWhiteSpace(settings.Token) ? null : Hash(settings.Token.Trim());
            _rate = new RateWindow(settings.RateLimitMessages, TimeSpan.FromSeconds(settings.RateLimitWindowSeconds), _time);
        }
    }

    /// <summary>Whether <paramref name="authorization"/> (the header's value) is <c>Bearer</c> with the configured token.</summary>
    public bool IsAuthorized(string? authorization)
    {
        var tokenHash = _tokenHash;
        if (tokenHash is null || authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        return CryptographicOperations.FixedTimeEquals(Hash(authorization[Scheme.Length..].Trim()), tokenHash);
    }

    /// <summary>Counts one request and returns zero, or, over the limit, counts nothing and returns how long to wait.</summary>
    public TimeSpan TryTake()
    {
        lock (_gate)
        {
            var wait = _rate.WaitTime();
            if (wait == TimeSpan.Zero)
                _rate.Record();
            return wait;
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
