using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Tests.Audio;

public class FftTests
{
    [Fact]
    public void Forward_RandomSignal_MatchesANaiveDft()
    {
        const int size = 64;
        var random = new Random(7);
        var real = Enumerable.Range(0, size).Select(_ => random.NextDouble() - 0.5).ToArray();
        var imaginary = Enumerable.Range(0, size).Select(_ => random.NextDouble() - 0.5).ToArray();
        var (expectedReal, expectedImaginary) = NaiveDft(real, imaginary);

        new Fft(size).Forward(real, imaginary);

        for (var k = 0; k < size; k++)
        {
            Assert.Equal(expectedReal[k], real[k], precision: 10);
            Assert.Equal(expectedImaginary[k], imaginary[k], precision: 10);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void Constructor_NotAPowerOfTwo_Throws(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Fft(size));

    private static (double[] Real, double[] Imaginary) NaiveDft(double[] real, double[] imaginary)
    {
        var n = real.Length;
        var outReal = new double[n];
        var outImaginary = new double[n];
        for (var k = 0; k < n; k++)
        {
            for (var t = 0; t < n; t++)
            {
                var angle = -2 * Math.PI * k * t / n;
                outReal[k] += real[t] * Math.Cos(angle) - imaginary[t] * Math.Sin(angle);
                outImaginary[k] += real[t] * Math.Sin(angle) + imaginary[t] * Math.Cos(angle);
            }
        }

        return (outReal, outImaginary);
    }
}
