using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Espeak;

/// <summary>
/// espeak-ng through its C library in synchronous mode: always installed, robotic, fast. Speaks sentence by sentence
/// so the first audio is ready early, and resamples its 22.05 kHz output to the common 24 kHz.
/// </summary>
public sealed class EspeakEngine : ITtsEngine
{
    public const string EngineName = "espeak-ng";
    private const int CallbackBufferMs = 200;
    private const int MinWordsPerMinute = 80;
    private const int MaxWordsPerMinute = 450;

    // espeak-ng holds one global synthesizer, so every engine instance shares one gate and one output sink.
    private static readonly SemaphoreSlim NativeGate = new(1, 1);
    private static List<short>? _sink;
    private static CancellationToken _sinkCancellation;

    private readonly EspeakOptions _options;
    private readonly SincResampler? _resampler;

    private EspeakEngine(EspeakOptions options, EngineAvailability availability, int nativeRateHz, IReadOnlyList<VoiceInfo> voices)
    {
        _options = options;
        Availability = availability;
        Voices = voices;
        if (availability.IsAvailable)
            _resampler = new SincResampler(nativeRateHz, EngineConstants.OutputSampleRateHz);
    }

    public string Name => EngineName;

    public EngineAvailability Availability { get; }

    public IReadOnlyList<VoiceInfo> Voices { get; }

    public IReadOnlyList<VoiceInfo> VoicesToWarmUp => [];

    public EngineRuntime? Runtime => Availability.IsAvailable
        ? new EngineRuntime("CPU", "CPU", "n/a", "espeak-ng is a rule-based synthesizer and runs on the CPU")
        : null;

    /// <summary>Loads and initialises libespeak-ng; when that fails the engine is returned unavailable, with the reason.</summary>
    public static EspeakEngine Create(EspeakOptions options)
    {
        NativeGate.Wait();
        try
        {
            var rateHz = EspeakNative.Initialize(EspeakNative.AudioOutputSynchronous, CallbackBufferMs, options.DataPath,
                EspeakNative.InitializeDontExit);
            if (rateHz <= 0)
                return Unavailable(options, $"espeak-ng could not load its voice data{DataPathHint(options)}.");
            unsafe
            {
                EspeakNative.SetSynthCallback(&OnSamples);
            }

            return new EspeakEngine(options, EngineAvailability.Available, rateHz, EspeakVoiceList.Read(EngineName));
        }
        catch (DllNotFoundException)
        {
            // Missing library is an expected install state: the panel still starts and says what to install.
            return Unavailable(options,
                $"espeak-ng library not found (tried {string.Join(", ", EspeakNative.CandidateFileNames)}). {InstallHint}");
        }
        catch (EntryPointNotFoundException e)
        {
            return Unavailable(options, $"The espeak-ng library found is not compatible: {e.Message}");
        }
        finally
        {
            NativeGate.Release();
        }
    }

    public async IAsyncEnumerable<AudioChunk> StreamAsync(
        SynthesisRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Availability.IsAvailable || _resampler is null)
            throw new EngineUnavailableException(Availability.Reason ?? "espeak-ng is unavailable.");
        // Only the speed applies to espeak-ng; NFE, CFG and sway are F5 settings.
        request.Overrides?.EnsureValid();
        var speed = request.Speed * (request.Overrides?.Speed ?? 1.0);
        var wordsPerMinute = Math.Clamp((int)Math.Round(_options.WordsPerMinute * speed), MinWordsPerMinute, MaxWordsPerMinute);
        foreach (var sentence in SentenceSplitter.Split(request.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var timings = new StageTimings();
            var clock = Stopwatch.StartNew();
            // espeak_Synth blocks for the whole sentence: keep it off the caller's thread.
            var native = await Task.Run(
                () => SpeakSentenceAsync(sentence, request.Voice.EngineVoiceId, wordsPerMinute, cancellationToken),
                cancellationToken);
            timings.Add("synthesis", clock.Elapsed);

            clock.Restart();
            var samples = _resampler.Resample(ToFloat(native));
            timings.Add("resample", clock.Elapsed);
            yield return new AudioChunk(samples, EngineConstants.OutputSampleRateHz, timings);
        }
    }

    private static async Task<short[]> SpeakSentenceAsync(string sentence, string voice, int wordsPerMinute,
        CancellationToken cancellationToken)
    {
        await NativeGate.WaitAsync(cancellationToken);
        try
        {
            if (EspeakNative.SetVoiceByName(voice) != EspeakNative.ErrorOk)
                throw new InvalidOperationException($"espeak-ng has no voice '{voice}'.");
            EspeakNative.SetParameter(EspeakNative.ParameterRate, wordsPerMinute, 0);
            _sink = [];
            _sinkCancellation = cancellationToken;
            var utf8 = Encoding.UTF8.GetBytes(sentence + '\0');
            int error;
            unsafe
            {
                fixed (byte* text = utf8)
                    error = EspeakNative.Synth(text, (nuint)utf8.Length, 0, EspeakNative.PositionCharacter, 0,
                        EspeakNative.CharsUtf8, IntPtr.Zero, IntPtr.Zero);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (error != EspeakNative.ErrorOk)
                throw new InvalidOperationException($"espeak-ng failed to synthesize (error {error}).");
            return _sink.ToArray();
        }
        finally
        {
            _sink = null;
            NativeGate.Release();
        }
    }

    /// <summary>espeak-ng hands each block of samples here while espeak_Synth runs; returning 1 aborts synthesis.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static unsafe int OnSamples(short* wav, int sampleCount, IntPtr events)
    {
        if (_sink is null || _sinkCancellation.IsCancellationRequested)
            return 1;
        if (wav != null && sampleCount > 0)
            _sink.AddRange(new ReadOnlySpan<short>(wav, sampleCount));
        return 0;
    }

    private static float[] ToFloat(short[] pcm)
    {
        var samples = new float[pcm.Length];
        for (var i = 0; i < pcm.Length; i++)
            samples[i] = pcm[i] / 32768f;
        return samples;
    }

    private static EspeakEngine Unavailable(EspeakOptions options, string reason) =>
        new(options, EngineAvailability.Unavailable(reason), 0, []);

    private static string DataPathHint(EspeakOptions options) =>
        options.DataPath is null ? "" : $" from '{options.DataPath}' (Engine:Espeak:DataPath)";

    private static string InstallHint =>
        OperatingSystem.IsWindows()
            ? "Install eSpeak NG from its GitHub releases (the .msi) and add its folder to PATH."
            : "Install it with: sudo apt-get install espeak-ng";
}
