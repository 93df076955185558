using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Hosting;

/// <summary>Runs the benchmarks started from the Performance page, in the background, for the life of the process.</summary>
public sealed class BenchmarkHost(BenchmarkService benchmarks) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => benchmarks.RunAsync(stoppingToken);
}
