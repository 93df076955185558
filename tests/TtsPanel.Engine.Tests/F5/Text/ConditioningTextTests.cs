using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Text;
using TtsPanel.Engine.Tests.Fixtures;

namespace TtsPanel.Engine.Tests.F5.Text;

/// <summary>
/// The fixed-length text input of a captured conditioning graph: padded or cut to N, it must give the tiny pack's real
/// conditioning graph exactly what the ids themselves give (the GPU path relies on it, and CI has no GPU).
/// </summary>
public class ConditioningTextTests(TinyPackFixture tiny) : IClassFixture<TinyPackFixture>
{
    private const int Mel = 100;

    [Fact]
    public void FitToFrames_ShortIds_PadsWithTheFillerId() =>
        Assert.Equal([5, 7, ConditioningText.Padding, ConditioningText.Padding], ConditioningText.FitToFrames([5, 7], 4));

    [Fact]
    public void FitToFrames_LongIds_CutsToTheFrameCount() =>
        Assert.Equal([5, 7, 9], ConditioningText.FitToFrames([5, 7, 9, 11, 13], 3));

    [Fact]
    public void FitToFrames_NoFrames_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConditioningText.FitToFrames([1], 0));

    [Theory]
    [InlineData(0)] // ids shorter than N: padded
    [InlineData(1)] // ids longer than N: cut
    public void ConditioningGraph_FittedIds_GivesTheSameConditioningAsTheIds(int longer)
    {
        var ids = Npy.ReadLong(TinyPackFixture.Path("text_ids.npy")).Values;
        var frames = longer == 1 ? ids.Length - 3 : ids.Length + 40;
        var cond = new float[frames * Mel];
        for (var i = 0; i < cond.Length; i++)
            cond[i] = MathF.Sin(i * 0.37f);

        using var asIs = tiny.Runner.Condition(ids, cond, frames);
        using var fitted = tiny.Runner.Condition(ConditioningText.FitToFrames(ids, frames), cond, frames);

        Assert.Equal(Values(asIs), Values(fitted));
    }

    private static float[] Values(F5Conditioning conditioning) =>
        [.. conditioning.CondProjection.GetTensorDataAsSpan<float>(), .. conditioning.RopeCos.GetTensorDataAsSpan<float>(),
         .. conditioning.RopeSin.GetTensorDataAsSpan<float>()];
}
