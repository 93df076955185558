using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Tests.Audio;

public class CrossFadeTests
{
    [Fact]
    public void Join_TwoPieces_OverlapWithLinearRamps()
    {
        // n = 3: previous tail × [1, 0.5, 0] + next head × [0, 0.5, 1].
        var joined = CrossFade.Join([[1f, 1f, 1f, 1f], [3f, 3f, 3f, 5f]], fadeSamples: 3);

        Assert.Equal([1f, 1f, 2f, 3f, 5f], joined);
    }

    [Fact]
    public void Join_ThreePieces_LosesOneOverlapPerJoin()
    {
        var pieces = new[] { new float[100], new float[100], new float[100] };

        Assert.Equal(300 - 2 * 10, CrossFade.Join(pieces, fadeSamples: 10).Length);
    }

    [Fact]
    public void Join_PieceShorterThanTheFade_OverlapsItsWholeLength() =>
        Assert.Equal(4 + 2 - 2, CrossFade.Join([new float[4], new float[2]], fadeSamples: 3600).Length);

    [Fact]
    public void Join_NoFade_Concatenates() => Assert.Equal([1f, 2f], CrossFade.Join([[1f], [2f]], fadeSamples: 0));
}
