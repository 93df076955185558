using System.Runtime.CompilerServices;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>
/// A predictable engine: a 0.1 s tone per character, or an exception for text containing "fail", and for text
/// containing "flaky" the first time it is asked. Synthesis of text containing "slow" waits until
/// <see cref="ReleaseSlow"/> is called or the token is cancelled.
/// </summary>
internal sealed class ToneEngine : ITtsEngine
{
    public const string EngineName = "tone";
    private readonly HashSet<string> _failedOnce = [];
    private readonly TaskCompletionSource _slowGate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ToneEngine(EngineAvailability? availability = null) => Availability = availability ?? EngineAvailability.Available;

    public static VoiceInfo Voice { get; } = new($"{EngineName}:a", "Tone A", EngineName, "en");

    public string Name => EngineName;

    public EngineAvailability Availability { get; }

    public IReadOnlyList<VoiceInfo> Voices => Availability.IsAvailable ? [Voice] : [];

    public IReadOnlyList<VoiceInfo> VoicesToWarmUp => Voices;

    public EngineRuntime? Runtime { get; } = new("CPU", "test CPU", "fp32", "the tone engine always runs on the CPU");

    public List<string> Spoken { get; } = [];

    /// <summary>Every request received, overrides included.</summary>
    public List<SynthesisRequest> Requests { get; } = [];

    public void ReleaseSlow() => _slowGate.TrySetResult();

    public async IAsyncEnumerable<AudioChunk> StreamAsync(SynthesisRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (request.Text.Contains("fail", StringComparison.Ordinal))
            throw new InvalidOperationException($"Tone engine cannot say '{request.Text}'.");
        if (request.Text.Contains("flaky", StringComparison.Ordinal))
        {
            lock (_failedOnce)
            {
                if (_failedOnce.Add(request.Text))
                    throw new InvalidOperationException($"Tone engine stumbled on '{request.Text}'.");
            }
        }

        if (request.Text.Contains("slow", StringComparison.Ordinal))
            await _slowGate.Task.WaitAsync(cancellationToken);
        lock (Spoken)
        {
            Spoken.Add(request.Text);
            Requests.Add(request);
        }
        var timings = new StageTimings();
        timings.Add("tone", TimeSpan.FromMilliseconds(1));
        var samples = new float[request.Text.Length * EngineConstants.OutputSampleRateHz / 10];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = 0.5f * MathF.Sin(2 * MathF.PI * 440 * i / EngineConstants.OutputSampleRateHz);
        yield return new AudioChunk(samples, EngineConstants.OutputSampleRateHz, timings);
    }
}
