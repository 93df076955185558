using TtsPanel.App.Chat.YouTube;

namespace TtsPanel.App.Tests.Chat.YouTube;

public class YouTubeOptionsValidatorTests
{
    private static YouTubeOptions Valid() => new() { Enabled = true, ApiKey = "AIzaSyValidKey_0123", VideoId = "dQw4w9WgXcQ" };

    [Fact]
    public void Validate_Disabled_AcceptsAnEmptySection() =>
        Assert.True(new YouTubeOptionsValidator().Validate(null, new YouTubeOptions()).Succeeded);

    [Fact]
    public void Validate_EnabledWithKeyAndVideo_Succeeds() =>
        Assert.True(new YouTubeOptionsValidator().Validate(null, Valid()).Succeeded);

    [Fact]
    public void Validate_EnabledWithoutKeyOrChat_NamesBothKeys()
    {
        var result = new YouTubeOptionsValidator().Validate(null, new YouTubeOptions { Enabled = true });

        Assert.Equal(
        [
            "Chat:YouTube:ApiKey must be set when Chat:YouTube:Enabled is true (was empty).",
            "Chat:YouTube:VideoId or Chat:YouTube:LiveChatId must be set, not both (was neither).",
        ], result.Failures);
    }

    [Fact]
    public void Validate_BadKey_DescribesItWithoutEchoingIt()
    {
        var options = Valid();
        options.ApiKey = "secret key with spaces";

        var result = new YouTubeOptionsValidator().Validate(null, options);

        Assert.Equal(["Chat:YouTube:ApiKey must be letters, digits, '-' or '_' only (was a value of 22 characters)."], result.Failures);
    }

    [Fact]
    public void Validate_BothChatSettingsAndABadVideoId_NamesEach()
    {
        var options = Valid();
        options.VideoId = "https://youtu.be/x";
        options.LiveChatId = "Cg0KC2R";

        var result = new YouTubeOptionsValidator().Validate(null, options);

        Assert.Equal(
        [
            "Chat:YouTube:VideoId or Chat:YouTube:LiveChatId must be set, not both (was both).",
            "Chat:YouTube:VideoId must be 11 letters, digits, '-' or '_' (was 'https://youtu.be/x').",
        ], result.Failures);
    }

    [Fact]
    public void Validate_OutOfRange_NamesKeyAndValue()
    {
        var options = Valid();
        options.BaseUrl = "ftp://example";
        options.QuotaUnitsPerDay = 5;
        options.QuotaSpreadHours = 30;
        options.RetryMinDelayMs = 5_000;
        options.RetryMaxDelayMs = 1_000;
        options.SuperChatTierBits = [100, 0];

        var result = new YouTubeOptionsValidator().Validate(null, options);

        Assert.Equal(
        [
            "Chat:YouTube:BaseUrl must be an absolute http or https address (was 'ftp://example').",
            "Chat:YouTube:QuotaUnitsPerDay must be between 10 and 100000000 (was 5).",
            "Chat:YouTube:QuotaSpreadHours must be between 0.1 and 24 (was 30).",
            "Chat:YouTube:RetryMaxDelayMs must be at least Chat:YouTube:RetryMinDelayMs (5000) (was 1000).",
            "Chat:YouTube:SuperChatTierBits:1 must be between 1 and 1000000 (was 0).",
        ], result.Failures);
    }
}
