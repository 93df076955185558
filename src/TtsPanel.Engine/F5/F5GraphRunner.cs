using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Sampling;

namespace TtsPanel.Engine.F5;

/// <summary>
/// Runs a pack's three graphs; shapes follow <see cref="F5GraphContract"/>. The conditioning stays in the pack's
/// <see cref="F5Pack.ResultMemory"/> (GPU memory on CUDA) for every flow step; only the state x goes in and the
/// velocity pair comes back through the host per step. With <see cref="F5Pack.CudaGraphs"/> the graphs' inputs and
/// outputs sit in the length's fixed buffers and the conditioning, the step and the vocoder replay captured CUDA graphs.
/// </summary>
public sealed class F5GraphRunner(F5Pack pack)
{
    private static readonly string[] ConditioningOutputs = ["cond_proj", "rope_cos", "rope_sin"];
    private static readonly string[] StepOutputs = ["velocity"];

    private int MelChannels => pack.Manifest.MelChannels;

    /// <summary>Text ids (nt) and the zero-padded reference mel (N × mel) → the utterance's conditioning; the caller disposes it.</summary>
    public F5Conditioning Condition(long[] textIds, float[] condMel, int frames)
    {
        if (pack.CudaGraphs?.For(frames) is { } slot)
            return slot.Condition(textIds, condMel);
        using var text = OrtValue.CreateTensorValueFromMemory(textIds, [1, textIds.Length]);
        using var cond = OrtValue.CreateTensorValueFromMemory(condMel, [1, frames, MelChannels]);
        // Not disposed here: the collection only disposes its values, which the conditioning owns from now on.
        var values = pack.Conditioning.Run([("text", text), ("cond", cond)], ConditioningOutputs, pack.ResultMemory,
            pack.CudaGraphs?.Uncaptured).ToArray();
        return new F5Conditioning(values[0], values[1], values[2], frames);
    }

    /// <summary>
    /// Integrates the flow from <paramref name="noise"/> over <paramref name="grid"/> with guidance
    /// <paramref name="cfgStrength"/>: on the device where the length has a CUDA graph slot and the step graph carries
    /// the Euler update, else step by step with the update on the host (<see cref="FlowSampler"/>).
    /// </summary>
    /// <returns>The final state (N × mel, before the reference is pasted back).</returns>
    public float[] Integrate(float[] noise, float[] grid, float cfgStrength, F5Conditioning conditioning, CancellationToken cancellationToken) =>
        conditioning.Slot is { UpdatesState: true } slot
            ? slot.Integrate(noise, grid, cfgStrength, cancellationToken)
            : FlowSampler.Integrate(noise, grid, cfgStrength, (state, t) => Velocity(state, conditioning, t), cancellationToken);

    /// <summary>The velocity pair (2 × N × mel: conditional row, then unconditional) at state <paramref name="x"/> and time <paramref name="t"/>.</summary>
    public float[] Velocity(float[] x, F5Conditioning conditioning, float t)
    {
        if (conditioning.Slot is { } slot)
            return slot.Velocity(x, t);
        var frames = conditioning.Frames;
        using var state = OrtValue.CreateTensorValueFromMemory(x, [1, frames, MelChannels]);
        using var time = OrtValue.CreateTensorValueFromMemory(new[] { t }, [1]);
        // A step graph with the Euler update needs its inputs fed; here the host applies the step and x_next goes unread.
        using var noUpdate = OrtValue.CreateTensorValueFromMemory(new[] { 0f }, [1]);
        List<(string Name, OrtValue Value)> inputs =
            [("x", state), ("cond_proj", conditioning.CondProjection), ("rope_cos", conditioning.RopeCos), ("rope_sin", conditioning.RopeSin), ("t", time)];
        if (pack.StepUpdatesState)
            inputs.AddRange([("t_next", time), ("cfg", noUpdate)]);
        using var outputs = pack.DitStep.Run(inputs, StepOutputs, OrtMemoryInfo.DefaultInstance, pack.CudaGraphs?.Uncaptured);
        var values = outputs.Single().GetTensorDataAsSpan<float>().ToArray();
        var expected = 2 * frames * MelChannels;
        return values.Length == expected
            ? values
            : throw new InvalidOperationException($"Graph output 'velocity' has {values.Length} values, expected {expected}.");
    }

    /// <summary>Channels-first mel (mel × T) → waveform, in the pack's vocoder variant.</summary>
    public float[] Vocode(float[] melChannelsFirst, int frames) => pack.CudaGraphs?.VocoderFor(frames) is { } slot
        ? slot.Vocode(melChannelsFirst)
        : pack.Vocoder.Vocode(melChannelsFirst, frames, pack.CudaGraphs?.Uncaptured);
}
