using TtsPanel.App.Settings;
using TtsPanel.App.Tests.Fakes;
using Microsoft.Extensions.Options;
using TtsPanel.Web.Api.Webhook;

namespace TtsPanel.Web.Tests.Api.Webhook;

public class WebhookGateTests
{
    private const string Token = "gate-token-0123456789abcdef";

    private static WebhookGate Gate(string? token = Token, int messages = 30) =>
        new(new FixedOptionsMonitor<WebhookOptions>(new WebhookOptions { Enabled = true, Token = token, RateLimitMessages = messages, RateLimitWindowSeconds = 3_600 }),
            TimeProvider.System);

    [Theory]
    [InlineData("Bearer " + Token)]
    [InlineData("bearer " + Token)]
    [InlineData("Bearer  " + Token + " ")]
    public void IsAuthorized_RightToken_IsTrue(string header) => Assert.True(Gate().IsAuthorized(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(Token)]
    [InlineData("Basic " + Token)]
    [InlineData("Bearer " + Token + "x")]
    [InlineData("Bearer " + "gate-token-0123456789abcdeF")]
    [InlineData("Bearer ")]
    public void IsAuthorized_MissingOrWrongToken_IsFalse(string? header) => Assert.False(Gate().IsAuthorized(header));

    [Fact]
    public void IsAuthorized_NoTokenConfigured_RefusesEvenAnEmptyBearer() =>
        Assert.False(Gate(token: null).IsAuthorized("Bearer "));

    [Fact]
    public void TryTake_PastTheLimit_ReturnsTheWaitWithinTheWindow()
    {
        var gate = Gate(messages: 2);

        Assert.Equal(TimeSpan.Zero, gate.TryTake());
        Assert.Equal(TimeSpan.Zero, gate.TryTake());
        var wait = gate.TryTake();

        Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromHours(1));
    }
}
