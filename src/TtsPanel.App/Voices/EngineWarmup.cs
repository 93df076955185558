using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Voices;

/// <summary>
/// At start, speaks one short phrase in every voice that benefits (see <see cref="ITtsEngine.VoicesToWarmUp"/>), so the
/// first real message does not pay for model initialisation and reference preparation. Not recorded in the history.
/// </summary>
public sealed class EngineWarmup(VoiceCatalog voices, ILogger<EngineWarmup> logger)
{
    public const string Phrase = "Warming up.";

    private WarmupProgress _progress = WarmupProgress.NotStarted;

    /// <summary>Raised after every change of <see cref="Progress"/>.</summary>
    public event Action? Changed;

    public WarmupProgress Progress => Volatile.Read(ref _progress);

    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var targets = voices.Engines.Where(e => e.Availability.IsAvailable)
            .SelectMany(e => e.VoicesToWarmUp.Select(v => (Engine: e, Voice: v))).ToList();
        var failures = new List<string>();
        for (var index = 0; index < targets.Count; index++)
        {
            var (engine, voice) = targets[index];
            Publish(new WarmupProgress(index, targets.Count, voice.Name, failures.ToList()));
            var clock = Stopwatch.StartNew();
            try
            {
                await engine.SynthesizeAsync(new SynthesisRequest(Phrase, voice), cancellationToken);
                logger.LogInformation("Warmed up {Voice} in {Milliseconds} ms", voice.Id, clock.ElapsedMilliseconds);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A voice that cannot speak is reported; the others still warm up and the panel keeps running.
                logger.LogWarning(e, "Warm-up of {Voice} failed", voice.Id);
                failures.Add($"{voice.Name}: {e.Message}");
            }
        }

        Publish(new WarmupProgress(targets.Count, targets.Count, null, failures));
    }

    private void Publish(WarmupProgress progress)
    {
        Volatile.Write(ref _progress, progress);
        Changed?.Invoke();
    }
}
