using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;
using TtsPanel.Engine.Tests.Fixtures;
using Xunit.Abstractions;

namespace TtsPanel.Engine.Tests.F5;

/// <summary>
/// A pack whose step graph is a whole flow step over the time tables (the GPU form, tests/fixtures/f5-tiny-flow, made
/// by tools/export/make_flow_step_fixture.py in float32 so that the CPU runs it): the tiny pack with that step graph,
/// its time-modulation graph and their manifest laid over it must load, say so, and reproduce the tiny pack's goldens.
/// </summary>
public sealed class F5FlowStepPackTests : IDisposable
{
    private const int Mel = 100;
    private static readonly string Overlay = Path.Combine(AppContext.BaseDirectory, "fixtures", "f5-tiny-flow");
    private readonly string _pack = Directory.CreateTempSubdirectory("ttspanel-flow-pack-").FullName;
    private readonly ITestOutputHelper _output;

    public F5FlowStepPackTests(ITestOutputHelper output)
    {
        _output = output;
        foreach (var file in Directory.GetFiles(TinyPackFixture.Directory).Concat(Directory.GetFiles(Overlay)))
            File.Copy(file, Path.Combine(_pack, Path.GetFileName(file)), overwrite: true);
    }

    public void Dispose() => Directory.Delete(_pack, recursive: true);

    [Fact]
    public void Load_FlowStep_LoadsWithItsTimeTable()
    {
        using var pack = Load();
        Assert.True(pack.FlowStep);
        Assert.Contains("step_next", pack.DitStep.Outputs.Keys);
    }

    [Fact]
    public void Load_TheTinyPacksOwnStep_IsNoFlowStep()
    {
        File.Copy(TinyPackFixture.Path("dit_step.fp32.onnx"), Path.Combine(_pack, "dit_step.fp32.onnx"), overwrite: true);
        using var pack = Load();
        Assert.False(pack.FlowStep);
    }

    [Fact]
    public void Load_FlowStepWithoutItsTimeModulationGraph_NamesTheMissingGraph()
    {
        File.Copy(TinyPackFixture.Path("manifest.json"), Path.Combine(_pack, "manifest.json"), overwrite: true);
        var error = Assert.Throws<ModelPackException>(Load);
        Assert.EndsWith("manifest.json: no fp32 'time_modulation' graph is listed.", error.Message);
    }

    [Fact]
    public void Integrate_OnTheCpu_ReproducesTheTinyPacksGoldens()
    {
        using var pack = Load();
        var runner = new F5GraphRunner(pack);
        using var conditioning = GoldenConditioning(runner);

        var x = runner.Integrate(Golden("noise.npy"), Golden("time_grid.npy"), 2f, conditioning, CancellationToken.None);

        // The flow step equals step plus update within 1e-5 (tools/export tests); over seven steps, the plain pack's bar.
        Closeness.AssertClose(_output, "x_final (flow step graph)", Golden("x_final.npy"), x, atol: 1e-3, rtol: 1e-3);
    }

    [Fact]
    public void Integrate_AnotherGridThenTheFirstAgain_TheTableFollowsTheGrid()
    {
        using var pack = Load();
        var runner = new F5GraphRunner(pack);
        using var conditioning = GoldenConditioning(runner);
        var grid = Golden("time_grid.npy");
        float[] coarse = [0f, 0.5f, 1f];

        var first = runner.Integrate(Golden("noise.npy"), grid, 2f, conditioning, CancellationToken.None);
        var other = runner.Integrate(Golden("noise.npy"), coarse, 2f, conditioning, CancellationToken.None);
        var again = runner.Integrate(Golden("noise.npy"), grid, 2f, conditioning, CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    private static float[] Golden(string file) => Npy.ReadFloat(TinyPackFixture.Path(file)).Values;

    /// <summary>The tiny pack's golden text and reference, conditioned for its golden frame count.</summary>
    private static F5Conditioning GoldenConditioning(F5GraphRunner runner)
    {
        var goldens = System.Text.Json.JsonDocument.Parse(File.ReadAllText(TinyPackFixture.Path("goldens.json"))).RootElement;
        var frames = goldens.GetProperty("frames").GetInt32();
        var ids = Npy.ReadLong(TinyPackFixture.Path("text_ids.npy")).Values;
        return runner.Condition(ids, MelLayout.PadReference(Golden("ref_mel.npy"), frames, Mel), frames);
    }

    private F5Pack Load()
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
            return F5Pack.Load(_pack, F5GraphRoles.Fp32, F5VocoderVariant.GraphIstft, options);
    }
}
