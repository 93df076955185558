using System.Globalization;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>The <c>--name value</c> pairs of one bench command; every read fails with a message naming the option and the value.</summary>
internal sealed class OptionValues
{
    private readonly Dictionary<string, string> _values;

    private OptionValues(Dictionary<string, string> values) => _values = values;

    /// <exception cref="ArgumentException">An option is not in <paramref name="known"/> or has no value.</exception>
    public static OptionValues Parse(IReadOnlyList<string> args, IReadOnlySet<string> known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !known.Contains(name[2..]))
                throw new ArgumentException($"Unknown option '{name}'.");
            if (i + 1 >= args.Count)
                throw new ArgumentException($"Option '{name}' needs a value.");
            values[name[2..]] = args[i + 1];
        }

        return new OptionValues(values);
    }

    public string Required(string key) => _values.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required.");

    public string? Optional(string key) => _values.GetValueOrDefault(key);

    public int Number(string key, int fallback, int min, int max) =>
        !_values.TryGetValue(key, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new ArgumentException($"--{key} must be a whole number from {min} to {max} (was '{text}').");

    public double Real(string key, double fallback, double min, double max) =>
        !_values.TryGetValue(key, out var text) ? fallback
        : ParseReal(text, min, max) ?? throw new ArgumentException($"--{key} must be a number from {min} to {max} (was '{text}').");

    /// <summary>A comma-separated list of numbers from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public double[] Reals(string key, double[] fallback, double min, double max)
    {
        if (!_values.TryGetValue(key, out var text))
            return fallback;
        var values = text.Split(',').Select(part => ParseReal(part, min, max)).ToArray();
        return values.All(v => v.HasValue)
            ? values.Select(v => v!.Value).ToArray()
            : throw new ArgumentException($"--{key} must be numbers from {min} to {max}, separated by commas (was '{text}').");
    }

    public ulong? Seed() =>
        !_values.TryGetValue("seed", out var text) ? null
        : ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed
        : throw new ArgumentException($"--seed must be a non-negative whole number (was '{text}').");

    public ExecutionPreference Provider() =>
        !_values.TryGetValue("provider", out var text) ? ExecutionPreference.Auto
        : Enum.TryParse<ExecutionPreference>(text, ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new ArgumentException($"--provider must be auto, cpu or cuda (was '{text}').");

    public F5VocoderVariant Vocoder() =>
        !_values.TryGetValue("vocoder", out var text) ? F5VocoderVariant.GraphIstft
        : Enum.TryParse<F5VocoderVariant>(text, ignoreCase: true, out var vocoder) && Enum.IsDefined(vocoder) ? vocoder
        : throw new ArgumentException($"--vocoder must be graphistft or csharpistft (was '{text}').");

    /// <summary>The F5 engine's GPU flags, read alike by <c>synth</c> and <c>run</c> through the four methods below.</summary>
    public static readonly IReadOnlyList<string> GpuEngineKeys = ["cuda-graphs", "frame-bucket", "first-chunk-seconds", "cpu-fallback"];

    /// <summary><c>--cuda-graphs N</c> (<c>Engine:F5:CudaGraphLengths</c>), 0–256 (0 off); default the engine's, 64.</summary>
    public int CudaGraphLengths() => Number("cuda-graphs", F5Options.DefaultCudaGraphLengths, 0, 256);

    /// <summary><c>--frame-bucket B</c> (<c>Engine:F5:FrameBucket</c>) in frames, 1–256; default the engine's, 16 (with CUDA graphs only).</summary>
    public int FrameBucket() => Number("frame-bucket", F5Options.DefaultFrameBucket, 1, 256);

    /// <summary><c>--first-chunk-seconds S</c> (<c>Engine:F5:FirstChunkSeconds</c>), 0–10; default 0 (off).</summary>
    public double FirstChunkSeconds() => Real("first-chunk-seconds", 0, 0, 10);

    /// <summary><c>--cpu-fallback allow|deny</c>: whether ORT may leave graph nodes to the CPU under <c>--provider cuda</c>; default deny.</summary>
    public bool AllowCpuFallback() =>
        !_values.TryGetValue("cpu-fallback", out var text) ? false
        : text switch
        {
            "allow" => true,
            "deny" => false,
            _ => throw new ArgumentException($"--cpu-fallback must be deny or allow (was '{text}')."),
        };

    private static double? ParseReal(string text, double min, double max) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
