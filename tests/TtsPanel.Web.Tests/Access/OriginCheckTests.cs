using Microsoft.AspNetCore.Http;
using TtsPanel.Web.Access;

namespace TtsPanel.Web.Tests.Access;

public class OriginCheckTests
{
    [Theory]
    [InlineData("/hubs/playback", "http://evil.example")]
    [InlineData("/hubs/playback/negotiate", "http://127.0.0.1:5081")]
    [InlineData("/_blazor", "https://127.0.0.1:5080")]
    [InlineData("/_blazor/negotiate", "null")]
    public void IsForeign_OtherOrigin_IsTrue(string path, string origin) =>
        Assert.True(OriginCheck.IsForeign(Request(path, origin)));

    [Theory]
    [InlineData("/hubs/playback", "http://127.0.0.1:5080")]
    [InlineData("/_blazor", "HTTP://127.0.0.1:5080")]
    [InlineData("/hubs/playback", null)]
    [InlineData("/api/speak", "http://evil.example")]
    public void IsForeign_SameOriginNoOriginOrUncheckedPath_IsFalse(string path, string? origin) =>
        Assert.False(OriginCheck.IsForeign(Request(path, origin)));

    private static HttpRequest Request(string path, string? origin)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1:5080");
        context.Request.Path = path;
        if (origin is not null)
            context.Request.Headers.Origin = origin;
        return context.Request;
    }
}
