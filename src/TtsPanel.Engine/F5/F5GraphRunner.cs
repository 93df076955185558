using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Sampling;

namespace TtsPanel.Engine.F5;

/// <summary>
/// Runs a pack's three graphs; shapes follow <see cref="F5GraphContract"/>. The conditioning stays in the pack's
/// <see cref="F5Pack.ResultMemory"/> (GPU memory on CUDA) for every flow step. A plain step graph gives the velocity
/// pair, which the host integrates (<see cref="FlowSampler"/>); a flow step graph (<see cref="F5Pack.FlowStep"/>) takes
/// the Euler step itself over the pack's time tables. With <see cref="F5Pack.CudaGraphs"/> the graphs' inputs and
/// outputs sit in the length's fixed buffers, the conditioning, the step and the vocoder replay captured CUDA graphs,
/// and a flow step keeps the state on the device from the first step to the last.
/// </summary>
public sealed class F5GraphRunner(F5Pack pack)
{
    private static readonly string[] ConditioningOutputs = ["cond_proj", "rope_cos", "rope_sin"];
    private static readonly string[] StepOutputs = ["velocity"];
    private static readonly string[] FlowStepOutputs = ["x_next"];

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
    /// <paramref name="cfgStrength"/>: with a flow step graph over the pack's time tables (on the device where the length
    /// has a CUDA graph slot), else step by step with the update on the host (<see cref="FlowSampler"/>).
    /// </summary>
    /// <returns>The final state (N × mel, before the reference is pasted back).</returns>
    public float[] Integrate(float[] noise, float[] grid, float cfgStrength, F5Conditioning conditioning, CancellationToken cancellationToken)
    {
        if (pack.TimeTable is not { } table)
            return FlowSampler.Integrate(noise, grid, cfgStrength, (state, t) => Velocity(state, conditioning, t), cancellationToken);
        // The graph applies the guidance as given: below NoGuidance, 0 gives the conditional velocity alone, as on the host.
        var guidance = cfgStrength < FlowSampler.NoGuidance ? 0f : cfgStrength;
        lock (table)
        {
            table.Prepare(grid);
            return conditioning.Slot is { } slot
                ? slot.Integrate(noise, grid.Length - 1, guidance, cancellationToken)
                : IntegrateUncaptured(table, noise, grid.Length - 1, guidance, conditioning, cancellationToken);
        }
    }

    /// <summary>The velocity pair (2 × N × mel: conditional row, then unconditional) of a plain step graph at state <paramref name="x"/> and time <paramref name="t"/>.</summary>
    public float[] Velocity(float[] x, F5Conditioning conditioning, float t)
    {
        if (conditioning.Slot is { } slot)
            return slot.Velocity(x, t);
        var frames = conditioning.Frames;
        using var state = OrtValue.CreateTensorValueFromMemory(x, [1, frames, MelChannels]);
        using var time = OrtValue.CreateTensorValueFromMemory(new[] { t }, [1]);
        using var outputs = pack.DitStep.Run(Conditioned(state, conditioning, ("t", time)), StepOutputs, OrtMemoryInfo.DefaultInstance,
            pack.CudaGraphs?.Uncaptured);
        return StateOf(outputs.Single(), 2 * frames, "velocity");
    }

    /// <summary>A flow step graph's integration through host memory, where no CUDA graph slot serves the length.</summary>
    private float[] IntegrateUncaptured(F5TimeTable table, float[] noise, int steps, float guidance, F5Conditioning conditioning,
        CancellationToken cancellationToken)
    {
        var counter = new long[1];
        using var step = OrtValue.CreateTensorValueFromMemory(counter, [1]);
        using var cfg = OrtValue.CreateTensorValueFromMemory(new[] { guidance }, [1]);
        var x = noise;
        for (; counter[0] < steps; counter[0]++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var state = OrtValue.CreateTensorValueFromMemory(x, [1, conditioning.Frames, MelChannels]);
            using var outputs = pack.DitStep.Run(
                Conditioned(state, conditioning, ("time_grid", table.Grid), ("modulation", table.Modulation), ("step", step), ("cfg", cfg)),
                FlowStepOutputs, OrtMemoryInfo.DefaultInstance, pack.CudaGraphs?.Uncaptured);
            x = StateOf(outputs.Single(), conditioning.Frames, "x_next");
        }

        return x;
    }

    private static List<(string Name, OrtValue Value)> Conditioned(OrtValue state, F5Conditioning conditioning,
        params (string Name, OrtValue Value)[] rest) =>
        [("x", state), ("cond_proj", conditioning.CondProjection), ("rope_cos", conditioning.RopeCos), ("rope_sin", conditioning.RopeSin), .. rest];

    /// <summary>A step graph's output of <paramref name="frames"/> × mel values (N for a state, 2·N for the velocity pair), copied to the host.</summary>
    private float[] StateOf(OrtValue output, int frames, string name)
    {
        var values = output.GetTensorDataAsSpan<float>().ToArray();
        var expected = frames * MelChannels;
        return values.Length == expected
            ? values
            : throw new InvalidOperationException($"Graph output '{name}' has {values.Length} values, expected {expected}.");
    }

    /// <summary>Channels-first mel (mel × T) → waveform, in the pack's vocoder variant.</summary>
    public float[] Vocode(float[] melChannelsFirst, int frames) => pack.CudaGraphs?.VocoderFor(frames) is { } slot
        ? slot.Vocode(melChannelsFirst)
        : pack.Vocoder.Vocode(melChannelsFirst, frames, pack.CudaGraphs?.Uncaptured);
}
