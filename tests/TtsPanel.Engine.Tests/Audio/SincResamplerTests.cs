using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Tests.Audio;

public class SincResamplerTests
{
    [Theory]
    [InlineData(22_050, 24_000, 440.0)]
    [InlineData(48_000, 24_000, 1_000.0)]
    [InlineData(16_000, 24_000, 3_000.0)]
    public void Resample_Sine_KeepsFrequencyAndAmplitude(int inputRate, int outputRate, double frequency)
    {
        var input = TestSignals.Sine(frequency, inputRate, seconds: 1.0, amplitude: 0.5f);

        var output = new SincResampler(inputRate, outputRate).Resample(input);

        Assert.Equal(outputRate, output.Length);
        Assert.Equal(frequency, TestSignals.ZeroCrossingFrequency(output, outputRate), precision: 0);
        var middle = output.AsSpan(outputRate / 4, outputRate / 2);
        Assert.InRange(AudioMeasure.Rms(middle), 0.5 / Math.Sqrt(2) * 0.99, 0.5 / Math.Sqrt(2) * 1.01);
    }

    [Fact]
    public void Resample_ToneAboveOutputNyquist_IsSuppressed()
    {
        // 15 kHz fits under 48 kHz's Nyquist but not under 24 kHz's (12 kHz): it must not fold back as a 9 kHz alias.
        var input = TestSignals.Sine(15_000, 48_000, seconds: 0.5, amplitude: 0.5f);

        var output = new SincResampler(48_000, 24_000).Resample(input);

        var middle = output.AsSpan(output.Length / 4, output.Length / 2);
        Assert.True(AudioMeasure.Rms(middle) < 0.005, $"alias RMS {AudioMeasure.Rms(middle)}");
    }

    [Fact]
    public void Resample_SameRate_ReturnsTheInput()
    {
        float[] input = [0.1f, -0.2f, 0.3f];

        Assert.Equal(input, new SincResampler(24_000, 24_000).Resample(input));
    }
}
