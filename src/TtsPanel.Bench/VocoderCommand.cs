using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Bench;

/// <summary>
/// <c>vocoder</c>: loads the pack's two vocoder graphs and, per output length, vocodes the same mel with each variant
/// (alternating which goes first), checks that they agree and reports the median times (decision 6).
/// </summary>
public static class VocoderCommand
{
    public static int Run(VocoderOptions options, IAnsiConsole console)
    {
        var (sessionOptions, provider) = ExecutionProviderSelector.Select(options.Provider);
        using var ownedSessionOptions = sessionOptions;
        using var graphIstft = F5Vocoder.LoadFor(options.Pack, provider, F5VocoderVariant.GraphIstft, sessionOptions);
        using var csharpIstft = F5Vocoder.LoadFor(options.Pack, provider, F5VocoderVariant.CSharpIstft, sessionOptions);
        console.MarkupLineInterpolated($"Vocoders {Path.GetFileName(graphIstft.FilePath)} and {Path.GetFileName(csharpIstft.FilePath)} on {provider.Provider}, {provider.Device}; median of {options.Repeat} run(s) each.");

        var table = new Table().AddColumns("audio s", "frames", "graph ISTFT ms", "spectrum graph + C# ISTFT ms", "C# ISTFT alone ms", "max |difference|");
        foreach (var seconds in options.AudioSeconds)
        {
            var frames = (int)Math.Round(seconds * LogMelExtractor.SampleRateHz / LogMelExtractor.HopSamples) + 1;
            var mel = new TorchCpuNormal(0).Next(LogMelExtractor.MelChannels * frames);
            // The first run of each also warms up its session; it is not timed.
            var difference = MaxDifference(graphIstft.Vocode(mel, frames), csharpIstft.Vocode(mel, frames));
            var graphTimes = new List<double>();
            var csharpTimes = new List<double>();
            for (var run = 0; run < options.Repeat; run++)
            {
                // Alternating the order keeps a slow phase of the machine from landing on one variant only.
                var graphFirst = run % 2 == 0;
                (graphFirst ? graphTimes : csharpTimes).Add(Milliseconds(() => (graphFirst ? graphIstft : csharpIstft).Vocode(mel, frames)));
                (graphFirst ? csharpTimes : graphTimes).Add(Milliseconds(() => (graphFirst ? csharpIstft : graphIstft).Vocode(mel, frames)));
            }

            table.AddRow(Cell(seconds, "0.0"), Cell(frames, "0"), Cell(Median(graphTimes), "0.0"), Cell(Median(csharpTimes), "0.0"),
                Cell(InverseStftMilliseconds(frames, options.Repeat), "0.0"), Cell(difference, "0.0E+0"));
        }

        console.Write(table);
        return 0;
    }

    /// <summary>Median time of the C# inverse STFT alone on a random spectrum of <paramref name="frames"/> frames (its cost does not depend on the values).</summary>
    private static double InverseStftMilliseconds(int frames, int repeat)
    {
        var inverseStft = new InverseStft(LogMelExtractor.FftSize, LogMelExtractor.HopSamples);
        var real = new TorchCpuNormal(1).Next(inverseStft.Bins * frames);
        var imaginary = new TorchCpuNormal(2).Next(inverseStft.Bins * frames);
        inverseStft.Transform(real, imaginary, frames);
        return Median(Enumerable.Range(0, repeat).Select(_ => Milliseconds(() => inverseStft.Transform(real, imaginary, frames))).ToList());
    }

    private static double Milliseconds(Func<float[]> vocode)
    {
        var start = Stopwatch.GetTimestamp();
        vocode();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double MaxDifference(float[] a, float[] b) =>
        a.Length != b.Length
            ? throw new InvalidOperationException($"The vocoders disagree on the length: {a.Length} against {b.Length} samples.")
            : a.Zip(b).Max(pair => Math.Abs((double)pair.First - pair.Second));

    private static string Cell(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
