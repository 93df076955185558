using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.Tests.Audio;

public class WavDecoderTests
{
    [Fact]
    public void Decode_StereoFloat_AveragesChannels()
    {
        var wav = TestWavFiles.Build(format: 3, channels: 2, bits: 32, data: Floats(0.5f, 0.1f, -1f, 0f));

        var decoded = WavDecoder.Decode(wav);

        Assert.Equal(2, decoded.Channels);
        Assert.Equal([0.3f, -0.5f], decoded.Samples);
    }

    [Fact]
    public void Decode_Pcm24_ReadsSignedSamples()
    {
        // 0x400000 is half of full scale; 0xC00000 is minus half.
        var wav = TestWavFiles.Build(format: 1, channels: 1, bits: 24, data: [0x00, 0x00, 0x40, 0x00, 0x00, 0xC0]);

        var samples = WavDecoder.Decode(wav).Samples;

        Assert.Equal(0.5f, samples[0]);
        Assert.Equal(-0.5f, samples[1], 1e-6f);
    }

    [Fact]
    public void DecodePcm_Pcm24_WidensTo32BitAsPydubDoes()
    {
        var wav = TestWavFiles.Build(format: 1, channels: 1, bits: 24, data: [0x01, 0x00, 0x40, 0x00, 0x00, 0xC0]);

        var pcm = WavDecoder.DecodePcm(wav);

        Assert.Equal(32, pcm.BitsPerSample);
        Assert.Equal([0x40000100, unchecked((int)0xC00000FF)], pcm.Samples);
    }

    [Fact]
    public void DecodePcm_Float_ConvertsTo32BitPcm()
    {
        var pcm = WavDecoder.DecodePcm(TestWavFiles.Build(format: 3, channels: 2, bits: 32, data: Floats(0.5f, -1f, 1f, 0f)));

        Assert.Equal([0x40000000, int.MinValue, int.MaxValue, 0], pcm.Samples);
    }

    [Fact]
    public void Decode_NonFiniteFloat_NamesTheFrame()
    {
        var error = Assert.Throws<WavFormatException>(() =>
            WavDecoder.Decode(TestWavFiles.Build(format: 3, channels: 1, bits: 32, data: Floats(0f, float.NaN))));

        Assert.Equal("WAV file has a non-finite float sample at frame 1.", error.Message);
    }

    [Fact]
    public void Decode_NotRiff_SaysTheHeaderIsMissing()
    {
        var error = Assert.Throws<WavFormatException>(() => WavDecoder.Decode("hello world, not audio"u8));

        Assert.Equal("Not a WAV file: the RIFF/WAVE header is missing.", error.Message);
    }

    [Fact]
    public void Decode_Pcm8_NamesTheUnsupportedEncoding()
    {
        var error = Assert.Throws<WavFormatException>(() => WavDecoder.Decode(TestWavFiles.Build(1, 1, 8, [0x80])));

        Assert.Equal("WAV encoding not supported (format 1, 8-bit); use PCM 16/24/32-bit or 32-bit float.", error.Message);
    }

    private static byte[] Floats(params float[] values) => values.SelectMany(BitConverter.GetBytes).ToArray();
}
