using TtsPanel.Engine.F5;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>Arguments of <c>run</c>: a benchmark set through the engine in-process, stored in the panel's database.</summary>
/// <param name="Set">A set name in the shipped <c>benchmarks/</c> folder, or a path to a <c>.txt</c> set.</param>
/// <param name="Pack">F5 pack folder; null runs espeak-ng.</param>
/// <param name="Reference">The F5 voice's reference clip (required with <paramref name="Pack"/>).</param>
/// <param name="Transcript">What is said in <paramref name="Reference"/>.</param>
/// <param name="Voice">espeak-ng voice, e.g. <c>en-us</c> (default).</param>
/// <param name="Repeat">Passes over the set, 1–100; default 3.</param>
/// <param name="Warmup">Unrecorded syntheses first, 0–100; default 1.</param>
/// <param name="Nfe">F5 flow steps, 4–64; default 7.</param>
/// <param name="Cfg">F5 guidance strength, 0–10; default 2.</param>
/// <param name="Sway">F5 sway coefficient, −10–10; default −1.</param>
/// <param name="Provider">auto (default), cpu or cuda.</param>
/// <param name="Vocoder">graphistft (default) or csharpistft.</param>
/// <param name="Name">Run name; default <c>&lt;set&gt; &lt;UTC time&gt;</c>.</param>
/// <param name="Database">LiteDB file; default <c>data/ttspanel.db</c> (the panel's).</param>
/// <param name="Compare">A stored run id to print ratios against.</param>
/// <param name="CudaGraphLengths">F5 on CUDA: the flow step as CUDA graphs for up to this many frame counts, 0–256 (0 off); default 64.</param>
/// <param name="FrameBucket">F5 with CUDA graphs: the sequence length rounded up to a multiple of this many frames, 1–256; default 16.</param>
/// <param name="FirstChunkSeconds">F5: seconds of speech the first chunk of a long message aims at, 0–10; default 0 (off).</param>
/// <param name="AllowCpuFallback">With <c>--provider cuda</c>, whether ORT may leave graph nodes to the CPU; default false (deny).</param>
public sealed record BenchRunOptions(
    string Set,
    string? Pack,
    string? Reference,
    string? Transcript,
    string Voice,
    int Repeat,
    int Warmup,
    int Nfe,
    float Cfg,
    float Sway,
    ExecutionPreference Provider,
    F5VocoderVariant Vocoder,
    string? Name,
    string Database,
    Guid? Compare,
    int CudaGraphLengths,
    int FrameBucket,
    double FirstChunkSeconds,
    bool AllowCpuFallback)
{
    public const string Usage =
        "run --set standard|tiny|gpu|FILE.txt [--repeat 3] [--warmup 1] [--name NAME] [--db data/ttspanel.db] [--compare RUN_ID]\n" +
        "    [--voice en-us]   (espeak-ng)\n" +
        "    [--pack DIR --reference CLIP.wav --transcript TEXT] [--nfe 7] [--cfg 2] [--sway -1] [--provider auto|cpu|cuda]\n" +
        "    [--vocoder graphistft|csharpistft] [--cuda-graphs 64] [--frame-bucket 16] [--first-chunk-seconds 0]\n" +
        "    [--cpu-fallback deny|allow]   (F5-TTS)\n" +
        "  Runs every text of the set --repeat times through the engine in-process, prints the figures and stores the\n" +
        "  run in the panel's database (stop the panel first: it holds the file open), where the Performance page shows it.\n" +
        "  The GPU flags set the engine's Engine:F5 settings of the same names (CudaGraphLengths, FrameBucket,\n" +
        "  FirstChunkSeconds) and are part of the stored configuration. With --provider cuda, a graph node that the CUDA\n" +
        "  provider would leave to the CPU stops the pack from loading unless --cpu-fallback allow is given.";

    /// <summary>Default database, as the panel's default <c>Storage</c> settings place it.</summary>
    public const string DefaultDatabase = "data/ttspanel.db";

    private static readonly HashSet<string> Known =
    [
        "set", "pack", "reference", "transcript", "voice", "repeat", "warmup", "nfe", "cfg", "sway", "provider", "vocoder", "name", "db", "compare",
        .. OptionValues.GpuEngineKeys,
    ];

    /// <summary>Parses <paramref name="args"/> (after the command name); a bad argument fails with a message naming it.</summary>
    /// <exception cref="ArgumentException">An option is unknown, missing its value, malformed or required and absent.</exception>
    public static BenchRunOptions Parse(IReadOnlyList<string> args)
    {
        var values = OptionValues.Parse(args, Known);
        var pack = values.Optional("pack");
        var options = new BenchRunOptions(
            values.Required("set"),
            pack,
            pack is null ? null : values.Required("reference"),
            pack is null ? null : values.Required("transcript"),
            values.Optional("voice") ?? "en-us",
            values.Number("repeat", 3, 1, 100),
            values.Number("warmup", 1, 0, 100),
            values.Number("nfe", 7, 4, 64),
            (float)values.Real("cfg", 2, 0, 10),
            (float)values.Real("sway", -1, -10, 10),
            values.Provider(),
            values.Vocoder(),
            values.Optional("name"),
            values.Optional("db") ?? DefaultDatabase,
            values.Optional("compare") is { } compare ? ParseRunId(compare) : null,
            values.CudaGraphLengths(),
            values.FrameBucket(),
            values.FirstChunkSeconds(),
            values.AllowCpuFallback());
        if (pack is null && (values.Optional("reference") ?? values.Optional("transcript")) is not null)
            throw new ArgumentException("--reference and --transcript belong to an F5 run: give --pack too.");
        if (pack is null && OptionValues.GpuEngineKeys.FirstOrDefault(key => values.Optional(key) is not null) is { } gpuKey)
            throw new ArgumentException($"--{gpuKey} belongs to an F5 run: give --pack too.");
        return options;
    }

    private static Guid ParseRunId(string text) =>
        Guid.TryParse(text, out var id) ? id : throw new ArgumentException($"--compare must be a run id such as 3f2a…-… (was '{text}').");
}
