using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>Arguments of <c>vocoder</c>: the vocoder stage alone, in-graph inverse STFT against spectrum graph + C# inverse STFT.</summary>
public sealed record VocoderOptions(string Pack, double[] AudioSeconds, int Repeat, ExecutionPreference Provider)
{
    public const string Usage =
        "vocoder --pack DIR [--seconds 2,5,15] [--repeat 7] [--provider auto|cpu|cuda]\n" +
        "  Times both vocoder variants on the same mel for each output length (the pack needs vocoder_spectrum,\n" +
        "  exported with --vocoder-spectrum) and prints the medians; the C# inverse STFT is also timed alone.";

    /// <summary>Parses <paramref name="args"/> (after the command name); a bad argument fails with a message naming it.</summary>
    /// <exception cref="ArgumentException">An option is unknown, missing its value, malformed or required and absent.</exception>
    public static VocoderOptions Parse(IReadOnlyList<string> args)
    {
        var values = OptionValues.Parse(args, Known);
        // 43 s: the longest chunk the engine vocodes (max_frames 4096 at hop 256).
        return new VocoderOptions(values.Required("pack"), values.Reals("seconds", [2, 5, 15], 0.1, 43), values.Number("repeat", 7, 1, 100),
            values.Provider());
    }

    private static readonly HashSet<string> Known = ["pack", "seconds", "repeat", "provider"];
}
