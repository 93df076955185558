using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.Onnx;
using TtsPanel.Engine.Tests.Fixtures;
using Xunit.Abstractions;

namespace TtsPanel.Engine.Tests.F5;

/// <summary>
/// A pack whose step graph carries the Euler update (the GPU form, tests/fixtures/f5-tiny-euler, made by
/// tools/export/make_euler_step_fixture.py in float32 so that the CPU runs it): the tiny pack with that step graph in
/// place must load, say so, and still reproduce the tiny pack's goldens through the host's sampler, which feeds the
/// update's inputs and leaves its output unread.
/// </summary>
public sealed class F5EulerStepPackTests : IDisposable
{
    private const int Mel = 100;
    private readonly string _pack = Directory.CreateTempSubdirectory("ttspanel-euler-pack-").FullName;
    private readonly ITestOutputHelper _output;

    public F5EulerStepPackTests(ITestOutputHelper output)
    {
        _output = output;
        foreach (var file in Directory.GetFiles(TinyPackFixture.Directory))
            File.Copy(file, Path.Combine(_pack, Path.GetFileName(file)));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "fixtures", "f5-tiny-euler", "dit_step.fp32.onnx"),
            Path.Combine(_pack, "dit_step.fp32.onnx"), overwrite: true);
    }

    public void Dispose() => Directory.Delete(_pack, recursive: true);

    [Fact]
    public void Load_StepWithTheEulerUpdate_LoadsAndSaysSo()
    {
        using var pack = Load();
        Assert.True(pack.StepUpdatesState);
        Assert.Contains("x_next", pack.DitStep.Outputs.Keys);
    }

    [Fact]
    public void Load_TheTinyPacksOwnStep_HasNoEulerUpdate()
    {
        File.Copy(TinyPackFixture.Path("dit_step.fp32.onnx"), Path.Combine(_pack, "dit_step.fp32.onnx"), overwrite: true);
        using var pack = Load();
        Assert.False(pack.StepUpdatesState);
    }

    [Fact]
    public void Integrate_OnTheCpu_ReproducesTheTinyPacksGoldens()
    {
        using var pack = Load();
        var runner = new F5GraphRunner(pack);
        var goldens = System.Text.Json.JsonDocument.Parse(File.ReadAllText(TinyPackFixture.Path("goldens.json"))).RootElement;
        var frames = goldens.GetProperty("frames").GetInt32();
        var ids = Npy.ReadLong(TinyPackFixture.Path("text_ids.npy")).Values;
        using var conditioning = runner.Condition(ids, MelLayout.PadReference(Golden("ref_mel.npy"), frames, Mel), frames);

        var x = runner.Integrate(Golden("noise.npy"), Golden("time_grid.npy"), 2f, conditioning, CancellationToken.None);

        // The fused step equals the plain one within 1e-5 (tools/export tests); over seven steps, the bar of the plain pack.
        Closeness.AssertClose(_output, "x_final (Euler-update step graph)", Golden("x_final.npy"), x, atol: 1e-3, rtol: 1e-3);
    }

    private static float[] Golden(string file) => Npy.ReadFloat(TinyPackFixture.Path(file)).Values;

    private F5Pack Load()
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
            return F5Pack.Load(_pack, F5GraphRoles.Fp32, F5VocoderVariant.GraphIstft, options);
    }
}
