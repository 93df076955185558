using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace TtsPanel.Testing;

/// <summary>
/// The panel as a user runs it: <c>dotnet TtsPanel.Web.dll</c> in its own process, on a free loopback port, with a
/// fresh data folder. Stopping sends SIGTERM so the panel shuts down as it would on Ctrl+C.
/// </summary>
public sealed partial class PanelProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);
    private const int SigTerm = 15;
    private const int SigKill = 9;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private bool _ownsDataDirectory = true;

    private PanelProcess(Process process, string dataDirectory, IReadOnlyDictionary<string, string>? settings)
    {
        _process = process;
        DataDirectory = dataDirectory;
        _settings = settings;
    }

    /// <summary>The panel's address, e.g. http://127.0.0.1:40123.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The temporary data folder; deleted on dispose.</summary>
    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "ttspanel.db");

    /// <summary>Everything the panel wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>
    /// Starts the panel with <paramref name="settings"/> as command-line configuration and waits until it listens;
    /// <paramref name="prepareData"/> may first put files into the fresh data folder.
    /// </summary>
    public static Task<PanelProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, Action<string>? prepareData = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ttspanel-test-").FullName;
        prepareData?.Invoke(dataDirectory);
        return WaitUntilListeningAsync(Launch(settings, dataDirectory));
    }

    /// <summary>
    /// Stops this panel (SIGTERM) and starts a new one with the same settings on the same data folder, as a streamer
    /// restarting it does; the new one owns the folder from then on.
    /// </summary>
    public async Task<PanelProcess> RestartAsync()
    {
        await StopAsync();
        _ownsDataDirectory = false;
        return await WaitUntilListeningAsync(Launch(_settings, DataDirectory));
    }

    private static async Task<PanelProcess> WaitUntilListeningAsync(PanelProcess panel)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = panel._process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(panel._listening.Task, exited);
        if (first != panel._listening.Task)
        {
            await panel.DisposeAsync();
            throw new InvalidOperationException($"The panel did not start listening within {StartTimeout}:\n{panel.Output}");
        }

        panel.BaseAddress = await panel._listening.Task;
        return panel;
    }

    /// <summary>
    /// The overlay key, read from <c>GET /api/access/overlay</c> as the admin; <paramref name="http"/> carries the admin's
    /// login cookie, or is null on a panel without an admin password.
    /// </summary>
    public async Task<string> OverlayKeyAsync(HttpClient? http = null)
    {
        using var fresh = http is null ? new HttpClient() : null;
        var client = http ?? fresh!;
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri(BaseAddress, "/api/access/overlay")));
        return json.RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>Runs the panel expecting it to refuse to start; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> settings)
    {
        await using var panel = Launch(settings, Directory.CreateTempSubdirectory("ttspanel-test-").FullName);
        using var timeout = new CancellationTokenSource(StartTimeout);
        await panel._process.WaitForExitAsync(timeout.Token);
        panel._process.WaitForExit(); // drains the output readers
        return (panel._process.ExitCode, panel.Output);
    }

    /// <summary>Asks the panel to shut down (SIGTERM) and waits for it; kills it if it does not stop in time.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
            return;
        _ = Kill(_process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Kills the panel with SIGKILL, as a crash or a power cut would: none of its shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
            return;
        _ = Kill(_process.Id, SigKill);
        using var timeout = new CancellationTokenSource(StopTimeout);
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        if (_ownsDataDirectory && Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true);
    }

    private static PanelProcess Launch(IReadOnlyDictionary<string, string>? settings, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(WebAssemblyPath());
        var arguments = new Dictionary<string, string>
        {
            ["Server:BindAddress"] = "127.0.0.1",
            ["Server:Port"] = "0",
            ["Storage:DataDirectory"] = dataDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            arguments[key] = value;
        foreach (var (key, value) in arguments)
            start.ArgumentList.Add($"--{key}={value}");

        var panel = new PanelProcess(new Process { StartInfo = start }, dataDirectory, settings);
        panel._process.OutputDataReceived += (_, e) => panel.OnOutput(e.Data);
        panel._process.ErrorDataReceived += (_, e) => panel.OnOutput(e.Data);
        panel._process.Start();
        panel._process.BeginOutputReadLine();
        panel._process.BeginErrorReadLine();
        return panel;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    /// <summary>The web app's build output beside this test build: same configuration, found from the solution folder.</summary>
    private static string WebAssemblyPath()
    {
        var configuration = typeof(PanelProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = Path.Combine(RepositoryRoot(), "src", "TtsPanel.Web", "bin", configuration, "net10.0", "TtsPanel.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the web app first: {path} is missing.");
    }

    /// <summary>The folder holding TtsPanel.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TtsPanel.sln")))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException($"No TtsPanel.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
