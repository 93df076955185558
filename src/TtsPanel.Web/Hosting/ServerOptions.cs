namespace TtsPanel.Web.Hosting;

/// <summary>Where the panel listens (section <c>Server</c>).</summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>IP address to bind. Default 127.0.0.1 (this machine only); 0.0.0.0 exposes the panel to the network.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>TCP port. Default 5080; 0 picks a free port (tests use it).</summary>
    public int Port { get; set; } = 5080;
}
