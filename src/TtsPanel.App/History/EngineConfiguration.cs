using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TtsPanel.App.History;

/// <summary>
/// The engine settings that affect speed or sound, stored once per distinct set in LiteDB's <c>configurations</c>
/// collection. <see cref="Id"/> is a hash of exactly these settings, so every synthesis made under the same settings
/// carries the same id on every machine and after every restart.
/// </summary>
public sealed class EngineConfiguration
{
    /// <summary>Hex characters kept of the SHA-256 hash: 48 bits, far more than the handful of configurations ever compared.</summary>
    private const int IdLength = 12;

    /// <summary>Stable id: the first 12 hex characters of the SHA-256 of <see cref="CanonicalText"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Engine name, e.g. <c>f5-tts</c>.</summary>
    public string Engine { get; set; } = "";

    /// <summary>The model, e.g. the F5 pack's name; <c>espeak-ng</c> for espeak-ng.</summary>
    public string ModelId { get; set; } = "";

    /// <summary>Execution provider, e.g. <c>CUDA</c> or <c>CPU</c>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>Model precision, e.g. <c>fp16</c>; <c>n/a</c> for espeak-ng.</summary>
    public string Precision { get; set; } = "";

    /// <summary>Flow steps; null for an engine without them.</summary>
    public int? Nfe { get; set; }

    /// <summary>Classifier-free guidance strength; null for an engine without it.</summary>
    public double? CfgStrength { get; set; }

    /// <summary>Sway sampling coefficient; null for an engine without it.</summary>
    public double? SwayCoefficient { get; set; }

    /// <summary>Speaking-speed factor or, for espeak-ng, words per minute.</summary>
    public double Speed { get; set; }

    /// <summary>F5 vocoder variant, e.g. <c>GraphIstft</c>; null for an engine without one.</summary>
    public string? Vocoder { get; set; }

    /// <summary>Cross-fade between chunks in seconds; null for an engine without one.</summary>
    public double? CrossFadeSeconds { get; set; }

    /// <summary>F5 on CUDA: frame counts whose flow step is captured as a CUDA graph; 0 (default, and in older documents) off.</summary>
    public int CudaGraphLengths { get; set; }

    /// <summary>F5: the sequence length is rounded up to a multiple of this many frames; 1 (default, and in older documents) none.</summary>
    public int FrameBucket { get; set; } = 1;

    /// <summary>F5: seconds of speech the first chunk of a long message aims at; 0 (default, and in older documents) off.</summary>
    public double FirstChunkSeconds { get; set; }

    /// <summary>A configuration with <see cref="Id"/> computed from the other settings.</summary>
    public static EngineConfiguration Create(string engine, string modelId, string provider, string precision, int? nfe = null,
        double? cfgStrength = null, double? swayCoefficient = null, double speed = 1.0, string? vocoder = null, double? crossFadeSeconds = null,
        int cudaGraphLengths = 0, int frameBucket = 1, double firstChunkSeconds = 0)
    {
        var configuration = new EngineConfiguration
        {
            Engine = engine,
            ModelId = modelId,
            Provider = provider,
            Precision = precision,
            Nfe = nfe,
            CfgStrength = cfgStrength,
            SwayCoefficient = swayCoefficient,
            Speed = speed,
            Vocoder = vocoder,
            CrossFadeSeconds = crossFadeSeconds,
            CudaGraphLengths = cudaGraphLengths,
            FrameBucket = frameBucket,
            FirstChunkSeconds = firstChunkSeconds,
        };
        configuration.Id = ComputeId(configuration.CanonicalText);
        return configuration;
    }

    /// <summary>
    /// Every setting as <c>key=value</c> in a fixed order with invariant, round-trip number formatting, so the text and
    /// its hash depend on the values only (not on culture, property order or the machine). The GPU settings added later
    /// (CUDA graphs, frame bucket, first chunk) are appended only when they differ from their defaults, so every
    /// configuration stored before them keeps its id.
    /// </summary>
    public string CanonicalText
    {
        get
        {
            var text = new StringBuilder(string.Join('|',
                $"engine={Engine}", $"model={ModelId}", $"provider={Provider}", $"precision={Precision}", $"nfe={Format(Nfe)}",
                $"cfg={Format(CfgStrength)}", $"sway={Format(SwayCoefficient)}", $"speed={Format(Speed)}", $"vocoder={Vocoder}",
                $"crossfade={Format(CrossFadeSeconds)}"));
            if (CudaGraphLengths != 0)
                text.Append($"|cudagraphs={Format(CudaGraphLengths)}");
            if (FrameBucket != 1)
                text.Append($"|bucket={Format(FrameBucket)}");
            if (FirstChunkSeconds != 0)
                text.Append($"|firstchunk={Format(FirstChunkSeconds)}");
            return text.ToString();
        }
    }

    /// <summary>A short description for pages and tables, e.g. <c>f5-tts F5TTS_v1_Base fp16 CUDA · NFE 7 · CFG 2 · sway -1</c>.</summary>
    public string Label
    {
        get
        {
            var label = new StringBuilder($"{Engine} {ModelId} {Precision} {Provider}");
            if (Nfe is { } nfe)
                label.Append(CultureInfo.InvariantCulture, $" · NFE {nfe}");
            if (CfgStrength is { } cfg)
                label.Append(CultureInfo.InvariantCulture, $" · CFG {cfg:0.##}");
            if (SwayCoefficient is { } sway)
                label.Append(CultureInfo.InvariantCulture, $" · sway {sway:0.##}");
            label.Append(CultureInfo.InvariantCulture, $" · speed {Speed:0.##}");
            if (Vocoder is { } vocoder)
                label.Append($" · {vocoder}");
            if (CudaGraphLengths != 0)
                label.Append(CultureInfo.InvariantCulture, $" · CUDA graphs {CudaGraphLengths}");
            if (FrameBucket != 1)
                label.Append(CultureInfo.InvariantCulture, $" · bucket {FrameBucket}");
            if (FirstChunkSeconds != 0)
                label.Append(CultureInfo.InvariantCulture, $" · first chunk {FirstChunkSeconds:0.##} s");
            return label.ToString();
        }
    }

    private static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "-";

    private static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string ComputeId(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)))[..IdLength];
}
