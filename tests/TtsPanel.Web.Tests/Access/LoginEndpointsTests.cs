using TtsPanel.Web.Access;

namespace TtsPanel.Web.Tests.Access;

public class LoginEndpointsTests
{
    [Theory]
    [InlineData("/history", "/history")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData(null, "/")]
    public void LocalPath_ReturnUrl_KeepsOnlyPathsOnThePanel(string? returnUrl, string expected) =>
        Assert.Equal(expected, LoginEndpoints.LocalPath(returnUrl));
}
