using System.Net;
using Microsoft.Extensions.Options;

namespace TtsPanel.Web.Access;

/// <summary>
/// Counts failed logins per client address; after <see cref="AccessOptions.MaxLoginFailures"/> failures the address
/// waits <see cref="AccessOptions.LoginLockoutSeconds"/> from its last failure before it may try again.
/// </summary>
public sealed class LoginThrottle(IOptions<AccessOptions> options, TimeProvider time)
{
    /// <summary>Addresses remembered at most; beyond it the stalest are forgotten, so a flood cannot grow memory.</summary>
    public const int MaxAddresses = 10_000;

    private readonly Dictionary<IPAddress, Failures> _failures = [];
    private readonly int _maxFailures = options.Value.MaxLoginFailures;
    private readonly TimeSpan _lockout = TimeSpan.FromSeconds(options.Value.LoginLockoutSeconds);

    /// <summary>How long <paramref name="address"/> must still wait before trying, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(IPAddress address)
    {
        lock (_failures)
        {
            if (!_failures.TryGetValue(address, out var failures) || failures.Count < _maxFailures)
                return null;
            var left = failures.Last + _lockout - time.GetUtcNow();
            if (left > TimeSpan.Zero)
                return left;
            // Waited out: the next failure starts a new count.
            _failures.Remove(address);
            return null;
        }
    }

    public void RecordFailure(IPAddress address)
    {
        var now = time.GetUtcNow();
        lock (_failures)
        {
            var count = _failures.TryGetValue(address, out var failures) && now - failures.Last < _lockout ? failures.Count : 0;
            if (count == 0 && _failures.Count >= MaxAddresses)
                ForgetStalest(now);
            _failures[address] = new Failures(count + 1, now);
        }
    }

    /// <summary>A successful login clears the address's count.</summary>
    public void RecordSuccess(IPAddress address)
    {
        lock (_failures)
            _failures.Remove(address);
    }

    private void ForgetStalest(DateTimeOffset now)
    {
        foreach (var (address, failures) in _failures.Where(f => now - f.Value.Last >= _lockout).ToList())
            _failures.Remove(address);
        if (_failures.Count >= MaxAddresses)
            _failures.Remove(_failures.MinBy(f => f.Value.Last).Key);
    }

    private readonly record struct Failures(int Count, DateTimeOffset Last);
}
