using TtsPanel.App.Voices;

namespace TtsPanel.Web.Hosting;

/// <summary>Runs the engine warm-up once, in the background, as the panel starts.</summary>
public sealed class WarmupHost(EngineWarmup warmup) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => warmup.WarmUpAsync(stoppingToken);
}
