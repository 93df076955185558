using TtsPanel.App.Chat;

namespace TtsPanel.App.Tests.Chat;

public sealed class ChatOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(new ChatOptionsValidator().Validate(null, new ChatOptions()).Succeeded);

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void Validate_HoldWindowOutOfRange_NamesTheKeyAndValue(int seconds) =>
        Assert.Equal([$"Chat:HoldWindowSeconds must be between 0 and 600 (was {seconds})."],
            new ChatOptionsValidator().Validate(null, new ChatOptions { HoldWindowSeconds = seconds }).Failures);
}
