using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.Web.Access;

namespace TtsPanel.Web.Tests.Access;

public class LoginThrottleTests
{
    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.10");
    private readonly FakeTimeProvider _time = new();
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests() =>
        _throttle = new LoginThrottle(Options.Create(new AccessOptions { MaxLoginFailures = 3, LoginLockoutSeconds = 60 }), _time);

    [Fact]
    public void RetryAfter_BelowTheLimit_IsNull()
    {
        Fail(2);

        Assert.Null(_throttle.RetryAfter(Client));
    }

    [Fact]
    public void RetryAfter_AtTheLimit_IsTheLockoutFromTheLastFailure()
    {
        Fail(3);
        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(40), _throttle.RetryAfter(Client));
    }

    [Fact]
    public void RetryAfter_LockoutWaitedOut_IsNullAndCountingStartsAgain()
    {
        Fail(3);
        _time.Advance(TimeSpan.FromSeconds(60));

        Assert.Null(_throttle.RetryAfter(Client));
        Fail(1);
        Assert.Null(_throttle.RetryAfter(Client));
    }

    [Fact]
    public void RetryAfter_OtherAddress_IsNotAffected()
    {
        Fail(3);

        Assert.Null(_throttle.RetryAfter(IPAddress.Parse("192.0.2.11")));
    }

    [Fact]
    public void RecordSuccess_AfterFailures_ClearsTheCount()
    {
        Fail(2);
        _throttle.RecordSuccess(Client);
        Fail(2);

        Assert.Null(_throttle.RetryAfter(Client));
    }

    [Fact]
    public void RecordFailure_MoreAddressesThanKept_ForgetsTheStalest()
    {
        Fail(3);
        for (var i = 1; i <= LoginThrottle.MaxAddresses; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(1));
            _throttle.RecordFailure(new IPAddress(BitConverter.GetBytes(i)));
        }

        Assert.Null(_throttle.RetryAfter(Client));
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
            _throttle.RecordFailure(Client);
    }
}
