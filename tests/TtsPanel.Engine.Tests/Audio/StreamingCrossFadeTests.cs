using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Tests.Audio;

public class StreamingCrossFadeTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(0)]
    [InlineData(1000)]
    public void PushThenFlush_GivesWhatJoiningAtOnceGives(int fade)
    {
        var random = new Random(3);
        // Lengths around and below the fade, so short pieces are covered too.
        var pieces = new[] { 50, 4, 30, 9, 120, 1 }
            .Select(n => Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray()).ToArray();
        var streaming = new StreamingCrossFade(fade);

        var pushed = pieces.SelectMany(streaming.Push).ToList(); // every push before the flush
        var streamed = pushed.Concat(streaming.Flush()).ToArray();

        var joined = CrossFade.Join(pieces, fade);
        Assert.Equal(joined.Length, streamed.Length);
        for (var i = 0; i < joined.Length; i++)
            Assert.Equal(joined[i], streamed[i], precision: 6);
    }

    [Fact]
    public void Push_FirstPiece_HoldsBackOnlyTheFade()
    {
        var streaming = new StreamingCrossFade(3);

        Assert.Equal([1f, 2f], streaming.Push([1f, 2f, 3f, 4f, 5f]));
        Assert.Equal([3f, 4f, 5f], streaming.Flush());
    }
}
