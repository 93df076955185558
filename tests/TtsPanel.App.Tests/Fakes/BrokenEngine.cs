using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>An engine whose every synthesis fails, as one with a corrupt voice would.</summary>
internal sealed class BrokenEngine : ITtsEngine
{
    public static VoiceInfo Voice { get; } = new("broken:x", "Broken X", "broken", "en");

    public string Name => "broken";

    public EngineAvailability Availability => EngineAvailability.Available;

    public EngineRuntime? Runtime => null;

    public IReadOnlyList<VoiceInfo> Voices => [Voice];

    public IReadOnlyList<VoiceInfo> VoicesToWarmUp => [Voice];

    public IAsyncEnumerable<AudioChunk> StreamAsync(SynthesisRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("the reference clip is unreadable");
}
