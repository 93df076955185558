using Microsoft.ML.OnnxRuntime;

namespace TtsPanel.Engine.F5.Pack;

/// <summary>
/// The inputs and outputs the engine feeds and reads for each graph role, given the model's sizes. A pack's files are
/// checked against this, not only against its own manifest, so a pack exported for another contract fails at load.
/// </summary>
public static class F5GraphContract
{
    private const long Free = -1;

    public static (ExpectedTensor[] Inputs, ExpectedTensor[] Outputs) For(string role, F5PackManifest manifest)
    {
        var (melChannels, dim, dimHead, bins) = (manifest.MelChannels, manifest.Dit.Dim, manifest.Dit.DimHead, manifest.FftSize / 2 + 1);
        return role switch
        {
            F5GraphRoles.Conditioning => (
                [new("text", typeof(long), [1, Free]), new("cond", typeof(float), [1, Free, melChannels])],
                [new("cond_proj", typeof(float), [2, Free, dim]), new("rope_cos", typeof(float), [Free, dimHead]),
                 new("rope_sin", typeof(float), [Free, dimHead])]),
            F5GraphRoles.DitStep => (
                [new("x", typeof(float), [1, Free, melChannels]), new("cond_proj", typeof(float), [2, Free, dim]),
                 new("rope_cos", typeof(float), [Free, dimHead]), new("rope_sin", typeof(float), [Free, dimHead]),
                 new("t", typeof(float), [1])],
                [new("velocity", typeof(float), [2, Free, melChannels])]),
            F5GraphRoles.Vocoder => (
                [new("mel", typeof(float), [1, melChannels, Free])],
                [new("waveform", typeof(float), [1, Free])]),
            F5GraphRoles.VocoderSpectrum => (
                [new("mel", typeof(float), [1, melChannels, Free])],
                [new("real", typeof(float), [1, bins, Free]), new("imag", typeof(float), [1, bins, Free])]),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown graph role."),
        };
    }

    /// <summary>
    /// The GPU form of <see cref="F5GraphRoles.DitStep"/> in packs exported since round 5: a whole step of the guided
    /// Euler flow. Beside x and the conditioning it reads the message's time tables (<c>time_grid</c>, G points, and
    /// <c>modulation</c>, G × P AdaLN values from <see cref="F5GraphRoles.TimeModulation"/>) at the counter
    /// <c>step</c>, and writes <c>x_next</c> = x + (t_next − t)·(v_c + (v_c − v_u)·cfg) and <c>step_next</c> = step + 1,
    /// so that consecutive runs need nothing from the host. <paramref name="tableType"/> is the modulation table's
    /// element type: float32, or <see cref="Float16"/> in FP16 files.
    /// </summary>
    public static (ExpectedTensor[] Inputs, ExpectedTensor[] Outputs) FlowStep(F5PackManifest manifest, Type tableType)
    {
        var (plainInputs, _) = For(F5GraphRoles.DitStep, manifest);
        var (tableInputs, tableOutputs) = TimeModulation(tableType);
        return ([.. plainInputs.Where(input => input.Name != "t"), .. tableInputs, .. tableOutputs,
                 new("step", typeof(long), [1]), new("cfg", typeof(float), [1])],
                [new("x_next", typeof(float), [1, Free, manifest.MelChannels]), new("step_next", typeof(long), [1])]);
    }

    /// <summary>
    /// <see cref="F5GraphRoles.TimeModulation"/>: a time grid (G points) → the AdaLN values of every step at those
    /// times (G × P, P fixed by the model), in <paramref name="tableType"/>.
    /// </summary>
    public static (ExpectedTensor[] Inputs, ExpectedTensor[] Outputs) TimeModulation(Type tableType) => (
        [new("time_grid", typeof(float), [Free])],
        [new("modulation", tableType, [Free, Free])]);
}
