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
    int Repeat)
{
    public const string Usage =
        "synth --pack DIR --reference CLIP.wav --transcript TEXT --text TEXT --out OUT.wav\n" +
        "      [--mel MEL.npy] [--nfe 7] [--cfg 2] [--seed N] [--provider auto|cpu|cuda]\n" +
        "      [--vocoder graphistft|csharpistft] [--repeat 1]\n" +
        "  The noise generator reproduces torch's CPU randn: with --seed the output matches the PyTorch reference\n" +
        "  run with torch.manual_seed(N); without it every run draws a new seed.";

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
            values.Number("repeat", 1, 1, 100));
    }

    private static readonly HashSet<string> Known =
        ["pack", "reference", "transcript", "text", "out", "mel", "nfe", "cfg", "seed", "provider", "vocoder", "repeat"];
}
