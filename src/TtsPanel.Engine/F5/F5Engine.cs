using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// F5-TTS v1 voice cloning on ONNX Runtime. Unavailable, with the reason, when no pack is configured or the pack
/// does not load; the panel then speaks with espeak-ng.
/// </summary>
public sealed class F5Engine : ITtsEngine, IDisposable
{
    public const string EngineName = "f5-tts";

    private readonly F5Options _options;
    private readonly IF5VoiceSource _voices;
    private readonly F5Pack? _pack;
    private readonly F5Synthesizer? _synthesizer;
    private readonly ReferenceCache _references;

    private F5Engine(F5Options options, IF5VoiceSource voices, F5Pack? pack, ExecutionProviderChoice? provider, EngineAvailability availability)
    {
        _options = options;
        _voices = voices;
        _pack = pack;
        _synthesizer = pack is null ? null : new F5Synthesizer(pack);
        // The reference mel must be computed with the filters the model was trained with: the pack's own matrix.
        _references = new ReferenceCache(new ReferencePreparer(new LogMelExtractor(pack?.MelFilters)));
        ExecutionProvider = provider;
        Availability = availability;
    }

    public string Name => EngineName;

    public EngineAvailability Availability { get; }

    /// <summary>The execution provider the pack runs on, and why; null when no pack loaded.</summary>
    public ExecutionProviderChoice? ExecutionProvider { get; }

    /// <summary><c>fp32</c> or <c>fp16</c>; null when no pack loaded.</summary>
    public string? Precision => _pack?.Precision;

    /// <summary>The pack's model name from its manifest, stored with every synthesis; null when no pack loaded.</summary>
    public string? ModelId => _pack?.Manifest.Name;

    public EngineRuntime? Runtime => _pack is null || ExecutionProvider is null
        ? null
        : new EngineRuntime(ExecutionProvider.Provider, ExecutionProvider.Device, _pack.Precision, ExecutionProvider.Reason);

    public IReadOnlyList<VoiceInfo> Voices => Availability.IsAvailable
        ? _voices.Voices.Select(v => new VoiceInfo(VoiceInfo.QualifiedId(EngineName, v.Id), v.Name, EngineName, v.Language)).ToList()
        : [];

    /// <summary>Every cloned voice: the first synthesis initialises the graphs and prepares the voice's reference.</summary>
    public IReadOnlyList<VoiceInfo> VoicesToWarmUp => Voices;

    /// <summary>Loads the configured pack: FP16 graphs on CUDA when the pack has them, FP32 otherwise.</summary>
    /// <param name="options">The engine's settings.</param>
    /// <param name="voices">The cloned voices it speaks with.</param>
    /// <param name="denyCpuFallback">
    /// On CUDA, whether a graph node that the provider would leave to the CPU makes the pack unavailable instead; default
    /// false (the panel lets ORT place such nodes). The bench sets it so that a GPU benchmark runs wholly on the GPU.
    /// </param>
    public static F5Engine Create(F5Options options, IF5VoiceSource voices, bool denyCpuFallback = false)
    {
        if (string.IsNullOrWhiteSpace(options.PackDirectory))
            return new F5Engine(options, voices, null, null, EngineAvailability.Unavailable("No model pack is configured (Engine:F5:PackDirectory)."));
        var (sessionOptions, provider) = ExecutionProviderSelector.Select(options.ExecutionProvider);
        using var graphOptions = provider.IsGpu && options.CudaGraphLengths > 0 ? ExecutionProviderSelector.CudaGraphOptions(provider.DeviceId) : null;
        using (sessionOptions)
        {
            if (denyCpuFallback && provider.IsGpu)
            {
                ExecutionProviderSelector.DenyCpuFallback(sessionOptions);
                if (graphOptions is not null)
                    ExecutionProviderSelector.DenyCpuFallback(graphOptions);
            }

            try
            {
                var pack = F5Pack.LoadFor(options.PackDirectory, provider, options.Vocoder, sessionOptions, graphOptions, options.CudaGraphLengths);
                return new F5Engine(options, voices, pack, provider, EngineAvailability.Available);
            }
            catch (ModelPackException e)
            {
                return new F5Engine(options, voices, null, provider, EngineAvailability.Unavailable(e.Message));
            }
        }
    }

    public async IAsyncEnumerable<AudioChunk> StreamAsync(SynthesisRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_synthesizer is null)
            throw new EngineUnavailableException(Availability.Reason ?? "The F5-TTS engine is unavailable.");
        var voice = _voices.Voices.FirstOrDefault(v => v.Id == request.Voice.EngineVoiceId)
            ?? throw new InvalidOperationException($"Voice '{request.Voice.Id}' is no longer available.");
        var options = _options.With(request.Overrides);

        var clock = Stopwatch.StartNew();
        var reference = await Task.Run(
            () => _references.GetOrPrepare(File.ReadAllBytes(voice.ReferencePath), voice.Transcript, _options.TargetRms), cancellationToken);
        var referenceTime = clock.Elapsed;

        var noise = new TorchCpuNormal(_options.Seed ?? RandomSeed());
        var fade = new StreamingCrossFade((int)(_options.CrossFadeSeconds * EngineConstants.OutputSampleRateHz));
        using var chunks = _synthesizer.Synthesize(reference, request.Text, options, request.Speed, noise, cancellationToken).GetEnumerator();
        var first = true;
        while (await Task.Run(chunks.MoveNext, cancellationToken))
        {
            var timings = chunks.Current.Timings;
            if (first)
                timings.Add(F5Stages.Reference, referenceTime);
            first = false;
            yield return new AudioChunk(fade.Push(chunks.Current.Samples), EngineConstants.OutputSampleRateHz, timings);
        }

        yield return new AudioChunk(fade.Flush(), EngineConstants.OutputSampleRateHz, new StageTimings());
    }

    public void Dispose() => _pack?.Dispose();

    /// <summary>A fresh seed per unseeded message, like the reference's API which seeds from a random number.</summary>
    private static ulong RandomSeed() => (ulong)RandomNumberGenerator.GetInt32(int.MaxValue);
}
