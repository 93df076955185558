using TtsPanel.App.Queue;
using TtsPanel.App.Voices;

namespace TtsPanel.Web.Hosting;

/// <summary>Runs the synthesis worker for the life of the process and reports at start which engines can speak.</summary>
public sealed class SynthesisWorkerHost(SynthesisWorker worker, VoiceCatalog voices, ILogger<SynthesisWorkerHost> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var engine in voices.Engines)
        {
            if (engine.Availability.IsAvailable)
                logger.LogInformation("Engine {Engine} is available with {VoiceCount} voices", engine.Name, engine.Voices.Count);
            else
                logger.LogWarning("Engine {Engine} is unavailable: {Reason}", engine.Name, engine.Availability.Reason);
        }

        return worker.RunAsync(stoppingToken);
    }
}
