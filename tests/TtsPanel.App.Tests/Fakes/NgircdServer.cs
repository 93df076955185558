using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// A real IRC server for the tests: Debian's ngircd in the foreground on a free loopback port, with its configuration in
/// a temporary folder. <see cref="StopAsync"/> kills it and <see cref="StartAsync"/> brings it back on the same port.
/// </summary>
internal sealed class NgircdServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-ngircd-").FullName;
    private readonly string _configPath;
    private Process? _process;

    private NgircdServer(string? password)
    {
        Port = FreeLoopbackPort();
        _configPath = Path.Combine(_directory, "ngircd.conf");
        Directory.CreateDirectory(Path.Combine(_directory, "conf.d"));
        // PingTimeout and PongTimeout are ngircd's minimum (5 s), so a test sees the server's PING quickly.
        File.WriteAllText(_configPath, $"""
            [Global]
            Name = irc.test.local
            Info = TtsPanel test server
            AdminInfo1 = TtsPanel tests
            AdminInfo2 = loopback only
            AdminEMail = tests@localhost
            Listen = 127.0.0.1
            Ports = {Port}
            PidFile = {Path.Combine(_directory, "ngircd.pid")}
            MotdPhrase = test
            {(password is null ? "" : $"Password = {password}")}
            [Limits]
            PingTimeout = 5
            PongTimeout = 5
            MaxNickLength = 30
            MaxConnectionsIP = 0
            [Options]
            PAM = no
            Ident = no
            DNS = no
            IncludeDir = {Path.Combine(_directory, "conf.d")}
            """);
    }

    public int Port { get; }

    public static async Task<NgircdServer> StartAsync(string? password = null)
    {
        var server = new NgircdServer(password);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts ngircd and waits (at most 10 s) until its port accepts connections.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("ngircd", ["-n", "-f", _configPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("ngircd is not installed; install it with: apt-get install ngircd", e);
        }

        // Its log goes to stdout; reading it keeps the pipe from filling up.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException) when (!_process.HasExited)
            {
                await Task.Delay(50, timeout.Token); // not listening yet
            }
        }
    }

    /// <summary>Kills ngircd at once, dropping every connection, as a crash would.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
            return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
