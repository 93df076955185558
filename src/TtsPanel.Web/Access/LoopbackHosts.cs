using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using TtsPanel.Web.Hosting;

namespace TtsPanel.Web.Access;

/// <summary>
/// On a loopback bind with <c>AllowedHosts</c> left at <c>*</c>, accepts only the loopback names in the <c>Host</c>
/// header (400 otherwise). A site whose name an attacker points at 127.0.0.1 (DNS rebinding) would otherwise be
/// same-origin with an open panel and pass the Origin check.
/// </summary>
public sealed class LoopbackHosts(IOptions<ServerOptions> server) : IPostConfigureOptions<HostFilteringOptions>
{
    public static readonly IReadOnlyList<string> Names = ["localhost", "127.0.0.1", "[::1]"];

    public void PostConfigure(string? name, HostFilteringOptions options)
    {
        if (IPAddress.IsLoopback(IPAddress.Parse(server.Value.BindAddress)) && options.AllowedHosts is ["*"])
            options.AllowedHosts = [.. Names];
    }
}
