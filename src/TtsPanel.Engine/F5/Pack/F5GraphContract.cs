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
    /// What a flow step graph may have beyond <see cref="For"/>: the guided Euler update (inputs <c>t_next</c> and
    /// <c>cfg</c>, output <c>x_next</c> = x + (t_next − t)·(v_c + (v_c − v_u)·cfg)), which the GPU graphs of packs
    /// exported since round 4 carry so that the state can stay in device memory between steps. A step graph has all
    /// of them or none.
    /// </summary>
    public static (ExpectedTensor[] Inputs, ExpectedTensor[] Outputs) EulerUpdate(F5PackManifest manifest) => (
        [new("t_next", typeof(float), [1]), new("cfg", typeof(float), [1])],
        [new("x_next", typeof(float), [1, Free, manifest.MelChannels])]);
}
