using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5;
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
    F5VocoderVariant Vocoder,
    int Repeat,
    int Warmup,
    string? JsonOutput,
    string? WaveNpyOutput,
    bool AllowCpuFallback,
    OrtLoggingLevel OrtLogLevel,
    string? OrtProfilePrefix = null,
    string? NewLengthText = null,
    int CudaGraphLengths = F5Options.DefaultCudaGraphLengths,
    double FirstChunkSeconds = 0,
    int FrameBucket = F5Options.DefaultFrameBucket)
{
    public const string Usage =
        "synth --pack DIR --reference CLIP.wav --transcript TEXT --text TEXT --out OUT.wav\n" +
        "      [--mel MEL.npy] [--wave-npy WAVE.npy] [--nfe 7] [--cfg 2] [--seed N] [--provider auto|cpu|cuda]\n" +
        "      [--vocoder graphistft|csharpistft] [--repeat 1] [--warmup 0] [--json REPORT.json]\n" +
        "      [--cpu-fallback deny|allow] [--ort-log error|warning|info|verbose] [--ort-profile PREFIX]\n" +
        "      [--new-length-text TEXT] [--cuda-graphs 64] [--first-chunk-seconds 0]\n" +
        "      [--frame-bucket 16]\n" +
        "  The noise generator reproduces torch's CPU randn: with --seed the output matches the PyTorch reference\n" +
        "  run with torch.manual_seed(N); without it every run draws a new seed.\n" +
        "  --warmup runs are made first and left out of the figures. With --provider cuda, a graph node that the CUDA\n" +
        "  provider would leave to the CPU stops the pack from loading unless --cpu-fallback allow is given.\n" +
        "  --ort-profile writes ONNX Runtime's per-node profile of every session to PREFIX*.json. --new-length-text\n" +
        "  speaks that text once after the timed runs and reports its time: the first message of a new length in a\n" +
        "  warm process. --cuda-graphs N (CUDA only) captures the flow step as a CUDA graph for up to N frame counts.\n" +
        "  --first-chunk-seconds S (0: off) makes the first chunk of a long message about S seconds of speech.\n" +
        "  --frame-bucket B rounds the sequence length up to a multiple of B frames with CUDA graphs (nearby lengths share a graph).";

    /// <summary>Parses <paramref name="args"/> (after the command name); a bad argument fails with a message naming it.</summary>
    /// <exception cref="ArgumentException">An option is unknown, missing its value, malformed or required and absent.</exception>
    public static SynthOptions Parse(IReadOnlyList<string> args)
    {
        var values = OptionValues.Parse(args, Known);
        return new SynthOptions(
            values.Required("pack"), values.Required("reference"), values.Required("transcript"), values.Required("text"), values.Required("out"),
            values.Optional("mel"),
            values.Number("nfe", 7, 4, 64),
            (float)values.Real("cfg", 2, 0, 10),
            values.Seed(),
            values.Provider(),
            values.Vocoder(),
            values.Number("repeat", 1, 1, 100),
            values.Number("warmup", 0, 0, 100),
            values.Optional("json"),
            values.Optional("wave-npy"),
            values.AllowCpuFallback(),
            values.Optional("ort-log") is { } level ? ParseOrtLogLevel(level) : OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
            values.Optional("ort-profile"),
            values.Optional("new-length-text"),
            values.CudaGraphLengths(),
            values.FirstChunkSeconds(),
            values.FrameBucket());
    }

    private static readonly HashSet<string> Known =
    [
        "pack", "reference", "transcript", "text", "out", "mel", "wave-npy", "nfe", "cfg", "seed", "provider", "vocoder",
        "repeat", "warmup", "json", "ort-log", "ort-profile", "new-length-text", .. OptionValues.GpuEngineKeys,
    ];

    private static OrtLoggingLevel ParseOrtLogLevel(string text) => text switch
    {
        "error" => OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        "warning" => OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING,
        "info" => OrtLoggingLevel.ORT_LOGGING_LEVEL_INFO,
        "verbose" => OrtLoggingLevel.ORT_LOGGING_LEVEL_VERBOSE,
        _ => throw new ArgumentException($"--ort-log must be error, warning, info or verbose (was '{text}')."),
    };
}
