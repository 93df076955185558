namespace TtsPanel.Engine.Abstractions;

/// <summary>A speech engine: text and a voice in, mono float PCM out, with the time each stage took.</summary>
public interface ITtsEngine
{
    /// <summary>Short engine name used in voice ids and history records, e.g. <c>espeak-ng</c>.</summary>
    string Name { get; }

    /// <summary>Whether the engine can synthesize, and if not, why (a missing library, a broken model pack).</summary>
    EngineAvailability Availability { get; }

    /// <summary>Where and how the engine computes; null while it is unavailable.</summary>
    EngineRuntime? Runtime { get; }

    /// <summary>The voices this engine offers; empty while it is unavailable.</summary>
    IReadOnlyList<VoiceInfo> Voices { get; }

    /// <summary>
    /// Voices whose first synthesis is slow (a model to initialise, a reference to prepare) and so are worth one short
    /// synthesis at start; empty for engines that are fast from the first request.
    /// </summary>
    IReadOnlyList<VoiceInfo> VoicesToWarmUp { get; }

    /// <summary>
    /// Synthesizes <paramref name="request"/> and yields audio as it becomes ready. Each chunk carries the stage
    /// timings spent producing it. Cancelling stops the work between chunks.
    /// </summary>
    IAsyncEnumerable<AudioChunk> StreamAsync(SynthesisRequest request, CancellationToken cancellationToken);
}
