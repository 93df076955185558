using TtsPanel.App.Storage;

namespace TtsPanel.App.Tests.Storage;

public class SecretMaskTests
{
    [Theory]
    [InlineData("short", "••••")]
    [InlineData("eleven-char", "••••")]
    [InlineData("exactly12chr", "••••2chr")]
    [InlineData("oauth:abcdefghijklmnopqrstuvwxyz0123", "••••0123")]
    public void Mask_Secret_ShowsItsLastFourFrom12CharactersOnly(string secret, string expected) =>
        Assert.Equal(expected, SecretMask.Mask(secret));

    [Fact]
    public void IsMask_AMask_IsTrueAndASecretIsNot()
    {
        Assert.True(SecretMask.IsMask(SecretMask.Mask("oauth:abcdefghijklmnopqrstuvwxyz0123")));
        Assert.False(SecretMask.IsMask("oauth:abcdefghijklmnopqrstuvwxyz0123"));
    }
}
