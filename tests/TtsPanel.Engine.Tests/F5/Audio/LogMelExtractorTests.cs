using TtsPanel.Engine.F5.Audio;

namespace TtsPanel.Engine.Tests.F5.Audio;

public class LogMelExtractorTests
{
    private static readonly LogMelExtractor Extractor = new();

    [Theory]
    [InlineData(513, 3)]
    [InlineData(24_000, 94)]
    [InlineData(119_110, 466)]
    public void Extract_FrameCount_IsSamplesOverHopPlusOne(int samples, int frames) =>
        Assert.Equal(frames, Extractor.Extract(new float[samples]).Frames);

    [Fact]
    public void Extract_Silence_IsTheLogFloor() =>
        Assert.All(Extractor.Extract(new float[4_096]).Values, v => Assert.Equal(Math.Log(1e-5), v, precision: 5));

    [Fact]
    public void Extract_1kHzSine_PeaksInTheChannelHolding1kHz()
    {
        var sine = TestSignals.Sine(1_000, 24_000, seconds: 0.5, amplitude: 0.5f);

        var mel = Extractor.Extract(sine);

        var middle = mel.Frames / 2;
        var loudest = Enumerable.Range(0, 100).MaxBy(c => mel[middle, c]);
        // 1 kHz is bin 42.67 of 513; the filter weighing that bin most is the expected channel.
        var expected = Enumerable.Range(0, 100).MaxBy(c => Extractor.FilterWeight(c, 43));
        Assert.InRange(loudest, expected - 1, expected + 1);
    }

    [Fact]
    public void FilterWeight_HtkTriangles_PeakBelowOneAndCoverTheBand()
    {
        // Each filter is a triangle between its neighbours' centres; bin 0 (0 Hz) starts the first one at 0.
        Assert.Equal(0f, Extractor.FilterWeight(0, 0));
        Assert.All(Enumerable.Range(0, 100), m =>
            Assert.InRange(Enumerable.Range(0, 513).Max(k => Extractor.FilterWeight(m, k)), 0.01f, 1f));
        Assert.Equal(0f, Extractor.FilterWeight(99, 512), precision: 6);
    }

    [Fact]
    public void Extract_TooShort_SaysHowManySamplesAreNeeded() =>
        Assert.Equal("Audio of 512 samples is too short for a mel spectrogram (more than 512 needed).",
            Assert.Throws<ArgumentException>(() => Extractor.Extract(new float[512])).Message);
}
