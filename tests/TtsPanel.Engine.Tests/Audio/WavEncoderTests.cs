using System.Text;
using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Tests.Audio;

public class WavEncoderTests
{
    [Fact]
    public void EncodePcm16_WritesAStandardHeader()
    {
        var wav = WavEncoder.EncodePcm16(new float[10], 24_000);

        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        Assert.Equal(44 + 20, wav.Length);
        Assert.Equal(24_000, BitConverter.ToInt32(wav, 24));
        Assert.Equal(16, BitConverter.ToInt16(wav, 34));
        Assert.Equal(20, BitConverter.ToInt32(wav, 40));
    }

    [Fact]
    public void EncodePcm16_ThenDecode_RoundTripsWithin16BitPrecision()
    {
        var signal = TestSignals.Sine(440, 24_000, seconds: 0.1, amplitude: 0.8f);

        var decoded = WavDecoder.Decode(WavEncoder.EncodePcm16(signal, 24_000));

        Assert.Equal(24_000, decoded.SampleRateHz);
        Assert.Equal(signal.Length, decoded.Samples.Length);
        for (var i = 0; i < signal.Length; i++)
            Assert.Equal(signal[i], decoded.Samples[i], tolerance: 0.5 / 32_768);
    }

    [Fact]
    public void EncodePcm16_OutOfRangeSamples_AreClipped()
    {
        var decoded = WavDecoder.Decode(WavEncoder.EncodePcm16([2f, -3f], 24_000));

        Assert.Equal(32767 / 32768f, decoded.Samples[0]);
        Assert.Equal(-1f, decoded.Samples[1]);
    }
}
