using TtsPanel.Web.Api.Webhook;

namespace TtsPanel.Web.Tests.Api.Webhook;

public class WebhookOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(WebhookOptions options) =>
        new WebhookOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_DefaultsOffWithoutToken_Succeeds() => Assert.Empty(Failures(new WebhookOptions()));

    [Fact]
    public void Validate_EnabledWithShortToken_NamesTheKeyButNotTheToken()
    {
        var failures = Failures(new WebhookOptions { Enabled = true, Token = "secret" });

        Assert.Equal(["Webhook:Token must be at least 16 characters long (was 6 characters)."], failures);
    }

    [Theory]
    [InlineData(0, 60, "Webhook:RateLimitMessages must be between 1 and 10000 (was 0).")]
    [InlineData(30, 0, "Webhook:RateLimitWindowSeconds must be between 1 and 3600 (was 0).")]
    public void Validate_RateLimitOutOfRange_NamesKeyAndValue(int messages, int seconds, string message)
    {
        var failures = Failures(new WebhookOptions { RateLimitMessages = messages, RateLimitWindowSeconds = seconds });

        Assert.Equal([message], failures);
    }
}
