using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>Arguments of <c>synth</c>: one message through the F5 engine into a WAV file.</summary>
public sealed record SynthOptions(
    string Pack,
    string Reference,
    string Transcript,
    string Text,
    string Output,
    string? MelOutput,
    int Nfe,
    float Cfg,
    ulong? Seed,
    ExecutionPreference Provider,
    int Repeat,
    int Warmup,
    string? JsonOutput,
    string? WaveNpyOutput,
    bool AllowCpuFallback,
    OrtLoggingLevel OrtLogLevel)
{
    public const string Usage =
        "synth --pack DIR --reference CLIP.wav --transcript TEXT --text TEXT --out OUT.wav\n" +
        "      [--mel MEL.npy] [--wave-npy WAVE.npy] [--nfe 7] [--cfg 2] [--seed N] [--provider auto|cpu|cuda]\n" +
        "      [--repeat 1] [--warmup 0] [--json REPORT.json] [--cpu-fallback deny|allow] [--ort-log error|warning|info|verbose]\n" +
        "  The noise generator reproduces torch's CPU randn: with --seed the output matches the PyTorch reference\n" +
        "  run with torch.manual_seed(N); without it every run draws a new seed.\n" +
        "  --warmup runs are made first and left out of the figures. With --provider cuda, a graph node that the CUDA\n" +
        "  provider would leave to the CPU stops the pack from loading unless --cpu-fallback allow is given.";

    /// <summary>Parses <paramref name="args"/> (after the command name); a bad argument fails with a message naming it.</summary>
    /// <exception cref="ArgumentException">An option is unknown, missing its value, malformed or required and absent.</exception>
    public static SynthOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !Known.Contains(name[2..]))
                throw new ArgumentException($"Unknown option '{name}'.");
            if (i + 1 >= args.Count)
                throw new ArgumentException($"Option '{name}' needs a value.");
            values[name[2..]] = args[i + 1];
        }

        string Required(string key) => values.TryGetValue(key, out var value) ? value : throw new ArgumentException($"--{key} is required.");
        return new SynthOptions(
            Required("pack"), Required("reference"), Required("transcript"), Required("text"), Required("out"),
            values.GetValueOrDefault("mel"),
            Number(values, "nfe", 7, 4, 64),
            (float)Real(values, "cfg", 2, 0, 10),
            values.TryGetValue("seed", out var seed) ? ParseSeed(seed) : null,
            values.TryGetValue("provider", out var provider) ? ParseProvider(provider) : ExecutionPreference.Auto,
            Number(values, "repeat", 1, 1, 100),
            Number(values, "warmup", 0, 0, 100),
            values.GetValueOrDefault("json"),
            values.GetValueOrDefault("wave-npy"),
            values.TryGetValue("cpu-fallback", out var fallback) && ParseCpuFallback(fallback),
            values.TryGetValue("ort-log", out var level) ? ParseOrtLogLevel(level) : OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
    }

    private static readonly HashSet<string> Known =
        [
            "pack", "reference", "transcript", "text", "out", "mel", "wave-npy", "nfe", "cfg", "seed", "provider", "repeat",
            "warmup", "json", "cpu-fallback", "ort-log",
        ];

    private static int Number(Dictionary<string, string> values, string key, int fallback, int min, int max) =>
        !values.TryGetValue(key, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new ArgumentException($"--{key} must be a whole number from {min} to {max} (was '{text}').");

    private static double Real(Dictionary<string, string> values, string key, double fallback, double min, double max) =>
        !values.TryGetValue(key, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new ArgumentException($"--{key} must be a number from {min} to {max} (was '{text}').");

    private static ulong ParseSeed(string text) =>
        ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new ArgumentException($"--seed must be a non-negative whole number (was '{text}').");

    private static ExecutionPreference ParseProvider(string text) =>
        Enum.TryParse<ExecutionPreference>(text, ignoreCase: true, out var provider)
            ? provider
            : throw new ArgumentException($"--provider must be auto, cpu or cuda (was '{text}').");

    private static bool ParseCpuFallback(string text) => text switch
    {
        "allow" => true,
        "deny" => false,
        _ => throw new ArgumentException($"--cpu-fallback must be deny or allow (was '{text}')."),
    };

    private static OrtLoggingLevel ParseOrtLogLevel(string text) => text switch
    {
        "error" => OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        "warning" => OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING,
        "info" => OrtLoggingLevel.ORT_LOGGING_LEVEL_INFO,
        "verbose" => OrtLoggingLevel.ORT_LOGGING_LEVEL_VERBOSE,
        _ => throw new ArgumentException($"--ort-log must be error, warning, info or verbose (was '{text}')."),
    };
}
