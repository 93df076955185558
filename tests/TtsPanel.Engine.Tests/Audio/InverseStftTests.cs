using TtsPanel.Engine.Audio;
using TtsPanel.Engine.Tests.Fixtures;
using Xunit.Abstractions;

namespace TtsPanel.Engine.Tests.Audio;

/// <summary>
/// Against torch.istft (n_fft 1024, hop 256, periodic Hann, center=True) on a random spectrum of 20 frames
/// (tests/fixtures/istft, written by tools/export/make_istft_fixture.py in float64).
/// </summary>
public class InverseStftTests(ITestOutputHelper output)
{
    private const int Bins = 513;
    private const int StoredFrames = 20;

    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "fixtures", "istft");

    private readonly InverseStft _istft = new(1024, 256);

    private static float[] Read(string file) => Npy.ReadFloat(Path.Combine(Fixture, file)).Values;

    /// <summary>The first <paramref name="frames"/> frames of the stored (bins × 20) spectrum, still bins-major.</summary>
    private static float[] FirstFrames(float[] spectrum, int frames) =>
        Enumerable.Range(0, Bins).SelectMany(k => spectrum.Skip(k * StoredFrames).Take(frames)).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20)]
    public void Transform_RandomSpectrum_MatchesTorchIstft(int frames)
    {
        var real = FirstFrames(Read("spectrum_real.npy"), frames);
        var imaginary = FirstFrames(Read("spectrum_imag.npy"), frames);

        var wave = _istft.Transform(real, imaginary, frames);

        // Values up to 0.36: 1e-6 leaves room for float32 rounding of the output, nothing for a wrong sample.
        Closeness.AssertClose(output, $"istft {frames} frames", Read($"waveform_{frames}_frames.npy"), wave, atol: 1e-6, rtol: 0);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 256)]
    [InlineData(50, 12544)]
    public void Transform_Frames_Returns256PerFrameAfterTheFirst(int frames, int samples)
    {
        var spectrum = new float[Bins * frames];

        Assert.Equal(samples, _istft.Transform(spectrum, spectrum, frames).Length);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(50)]
    public void Transform_SpectrumOfOnes_GivesOnesUpToBothEnds(int frames)
    {
        // Every frame of a constant 1 signal, windowed, has the Hann window's spectrum: 512 at bin 0, −256 at bin 1. Its
        // inverse is exactly 1 only if each sample is divided by the squared windows that really cover it; a constant
        // interior envelope (1.5) would give up to 1.2 within 256 samples of either end.
        var real = new float[Bins * frames];
        for (var t = 0; t < frames; t++)
        {
            real[t] = 512f;
            real[frames + t] = -256f;
        }

        var wave = _istft.Transform(real, new float[Bins * frames], frames);

        Assert.All(wave, sample => Assert.Equal(1.0, sample, 1e-6));
    }

    [Fact]
    public void Transform_ImaginaryPartsOfFirstAndLastBin_AreIgnored()
    {
        var real = Read("spectrum_real.npy");
        var imaginary = Read("spectrum_imag.npy");
        var withoutEdgeImaginary = (float[])imaginary.Clone();
        Array.Clear(withoutEdgeImaginary, 0, StoredFrames);
        Array.Clear(withoutEdgeImaginary, (Bins - 1) * StoredFrames, StoredFrames);

        Assert.Equal(_istft.Transform(real, imaginary, StoredFrames), _istft.Transform(real, withoutEdgeImaginary, StoredFrames));
    }

    [Fact]
    public void Transform_NoFrames_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _istft.Transform(Array.Empty<float>(), Array.Empty<float>(), 0));

    [Fact]
    public void Transform_WrongLength_SaysWhatItNeeds()
    {
        var error = Assert.Throws<ArgumentException>(() => _istft.Transform(new float[Bins * 3], new float[Bins * 2], 3));

        Assert.Equal("A spectrum of 513 bins × 3 frames needs 1539 values (got 1539 real, 1026 imaginary).", error.Message);
    }

    [Theory]
    [InlineData(1000, 256)]
    [InlineData(1024, 0)]
    [InlineData(1024, 513)]
    public void Constructor_UnsupportedSizes_Throw(int fftSize, int hop) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InverseStft(fftSize, hop));
}
