using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using TtsPanel.Engine.F5.Pack;

namespace TtsPanel.Engine.F5;

/// <summary>Runs a pack's three graphs on plain arrays; shapes follow <see cref="F5GraphContract"/>.</summary>
public sealed class F5GraphRunner(F5Pack pack)
{
    private int MelChannels => pack.Manifest.MelChannels;

    private int Dim => pack.Manifest.Dit.Dim;

    private int DimHead => pack.Manifest.Dit.DimHead;

    /// <summary>Text ids (nt) and the zero-padded reference mel (N × mel) → the utterance's conditioning.</summary>
    public F5Conditioning Condition(long[] textIds, float[] condMel, int frames)
    {
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("text", new DenseTensor<long>(textIds, [1, textIds.Length])),
            NamedOnnxValue.CreateFromTensor("cond", new DenseTensor<float>(condMel, [1, frames, MelChannels])),
        };
        using var outputs = pack.Conditioning.Run(inputs);
        return new F5Conditioning(
            Read(outputs, "cond_proj", 2 * frames * Dim),
            Read(outputs, "rope_cos", frames * DimHead),
            Read(outputs, "rope_sin", frames * DimHead),
            frames);
    }

    /// <summary>The velocity pair (2 × N × mel: conditional row, then unconditional) at state <paramref name="x"/> and time <paramref name="t"/>.</summary>
    public float[] Velocity(float[] x, F5Conditioning conditioning, float t)
    {
        var frames = conditioning.Frames;
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("x", new DenseTensor<float>(x, [1, frames, MelChannels])),
            NamedOnnxValue.CreateFromTensor("cond_proj", new DenseTensor<float>(conditioning.CondProjection, [2, frames, Dim])),
            NamedOnnxValue.CreateFromTensor("rope_cos", new DenseTensor<float>(conditioning.RopeCos, [frames, DimHead])),
            NamedOnnxValue.CreateFromTensor("rope_sin", new DenseTensor<float>(conditioning.RopeSin, [frames, DimHead])),
            NamedOnnxValue.CreateFromTensor("t", new DenseTensor<float>(new[] { t }, [1])),
        };
        using var outputs = pack.DitStep.Run(inputs);
        return Read(outputs, "velocity", 2 * frames * MelChannels);
    }

    /// <summary>Channels-first mel (mel × T) → waveform, in the pack's vocoder variant.</summary>
    public float[] Vocode(float[] melChannelsFirst, int frames) => pack.Vocoder.Vocode(melChannelsFirst, frames);

    private static float[] Read(IReadOnlyCollection<DisposableNamedOnnxValue> outputs, string name, int expectedLength)
    {
        var values = outputs.Single(o => o.Name == name).AsTensor<float>().ToArray();
        return values.Length == expectedLength
            ? values
            : throw new InvalidOperationException($"Graph output '{name}' has {values.Length} values, expected {expectedLength}.");
    }
}
