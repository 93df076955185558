using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>Settings of the F5-TTS engine (section <c>Engine:F5</c>).</summary>
public sealed class F5Options
{
    /// <summary>Folder of the model pack (<c>models/&lt;name&gt;</c>); null or empty (default) leaves the engine off.</summary>
    public string? PackDirectory { get; set; }

    /// <summary>Auto (default: CUDA with FP16 graphs when usable, else CPU with FP32), Cpu or Cuda.</summary>
    public ExecutionPreference ExecutionProvider { get; set; } = ExecutionPreference.Auto;

    /// <summary>
    /// Where the vocoder's inverse STFT runs: GraphIstft (default, in the waveform graph) or CSharpIstft (spectrum graph,
    /// then C#; the pack must list <c>vocoder_spectrum</c>). Both took the same time on the CPU.
    /// </summary>
    public F5VocoderVariant Vocoder { get; set; } = F5VocoderVariant.GraphIstft;

    /// <summary>
    /// CUDA only: how many distinct frame counts (after <see cref="FrameBucket"/>) get a captured CUDA graph of the
    /// flow step (the first ones met; later ones run without), 0–256; default 64, 0 off. Each costs ≈ 10 kB of GPU memory
    /// per frame (≈ 20 MB at 2 000 frames) for its buffers. Ignored on the CPU.
    /// </summary>
    public int CudaGraphLengths { get; set; } = DefaultCudaGraphLengths;

    /// <summary>
    /// With CUDA graphs, the sequence length N (reference plus generated frames) is rounded up to a multiple of this,
    /// 1–256; default 16: messages of nearby lengths share one captured graph, and the speech gets up to FrameBucket − 1
    /// frames (11.7 ms each, 0.18 s at most) longer. Without graphs (the CPU, or CudaGraphLengths 0) N is not rounded.
    /// </summary>
    public int FrameBucket { get; set; } = DefaultFrameBucket;

    /// <summary>The bucket lengths are rounded to: <see cref="FrameBucket"/> where CUDA graphs run, else 1 (no rounding).</summary>
    public int FrameBucketWith(bool cudaGraphsRun) => cudaGraphsRun ? FrameBucket : 1;

    /// <summary>Default of <see cref="CudaGraphLengths"/>.</summary>
    public const int DefaultCudaGraphLengths = 64;

    /// <summary>Default of <see cref="FrameBucket"/>.</summary>
    public const int DefaultFrameBucket = 16;

    /// <summary>Flow steps (function evaluations), 4–64; default 7 on the pruned EPSS grid.</summary>
    public int Nfe { get; set; } = 7;

    /// <summary>Classifier-free guidance strength; default 2.</summary>
    public float CfgStrength { get; set; } = 2f;

    /// <summary>Sway sampling coefficient; default −1.</summary>
    public float SwayCoefficient { get; set; } = -1f;

    /// <summary>Speaking speed factor, 0.3–2; default 1.</summary>
    public double Speed { get; set; } = 1.0;

    /// <summary>Noise seed; null (default) draws a new seed per message. With a seed, the same message sounds the same.</summary>
    public ulong? Seed { get; set; }

    /// <summary>
    /// Seconds of speech the first chunk of a long message aims at (its leading sentences, at least one), 0–10; default
    /// 0 (off: chunks as the reference plans them). A short first chunk plays sooner; the message takes a little longer
    /// in total (one more conditioning pass and reference prefix).
    /// </summary>
    public double FirstChunkSeconds { get; set; }

    /// <summary>Cross-fade between the chunks of a long message, in seconds; default 0.15.</summary>
    public double CrossFadeSeconds { get; set; } = 0.15;

    /// <summary>Quieter reference clips are raised to this RMS; default 0.1.</summary>
    public double TargetRms { get; set; } = 0.1;

    /// <summary>A copy with <paramref name="overrides"/> applied; this instance itself when there are none.</summary>
    /// <exception cref="ArgumentException">An override is out of range.</exception>
    public F5Options With(SynthesisOverrides? overrides)
    {
        if (overrides is null || overrides == SynthesisOverrides.None)
            return this;
        overrides.EnsureValid();
        var copy = (F5Options)MemberwiseClone();
        copy.Nfe = overrides.Nfe ?? Nfe;
        copy.CfgStrength = (float?)overrides.CfgStrength ?? CfgStrength;
        copy.SwayCoefficient = (float?)overrides.SwayCoefficient ?? SwayCoefficient;
        copy.Speed = overrides.Speed ?? Speed;
        return copy;
    }
}
