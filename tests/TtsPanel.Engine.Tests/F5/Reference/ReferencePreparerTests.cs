using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Reference;

namespace TtsPanel.Engine.Tests.F5.Reference;

public class ReferencePreparerTests
{
    private static readonly ReferencePreparer Preparer = new();

    private static byte[] Wav(double seconds, float amplitude = 0.3f, int rate = 24_000) =>
        WavEncoder.EncodePcm16(TestSignals.Sine(220, rate, seconds, amplitude), rate);

    [Theory]
    [InlineData(0.2, "The reference clip is 0.2 s long; it must be between 1 and 30 s.")]
    [InlineData(300, "The reference clip is 300.0 s long; it must be between 1 and 30 s.")]
    public void Prepare_LengthOutOfRange_SaysTheLengthAndTheRange(double seconds, string message) =>
        Assert.Equal(message, Assert.Throws<ReferenceAudioException>(() => Preparer.Prepare(Wav(seconds), "Hello.", 0.1)).Message);

    [Fact]
    public void Prepare_Silence_IsRefused() =>
        Assert.Equal("The reference clip is silent: nothing in it is louder than -42 dBFS.",
            Assert.Throws<ReferenceAudioException>(() => Preparer.Prepare(Wav(2, amplitude: 0), "Hello.", 0.1)).Message);

    [Fact]
    public void Prepare_NoTranscript_IsRefused() =>
        Assert.Equal("A transcript of the reference clip is required.",
            Assert.Throws<ReferenceAudioException>(() => Preparer.Prepare(Wav(2), " ", 0.1)).Message);

    [Fact]
    public void Prepare_NotAWav_SaysItCannotBeRead() =>
        Assert.Equal("The reference clip cannot be read: Not a WAV file: the RIFF/WAVE header is missing.",
            Assert.Throws<ReferenceAudioException>(() => Preparer.Prepare("MP3 bytes"u8, "Hello.", 0.1)).Message);

    [Fact]
    public void Prepare_QuietClip_IsBoostedToTheTargetAndRemembersItsRms()
    {
        var prepared = Preparer.Prepare(Wav(2, amplitude: 0.05f), "Hello", 0.1);

        Assert.True(prepared.Boosted);
        Assert.Equal(0.05 / Math.Sqrt(2), prepared.Rms, precision: 3);
        Assert.Equal(0.1, AudioMeasure.Rms(prepared.Samples), precision: 3);
        Assert.Equal(prepared.Rms / 0.1, prepared.OutputGain, precision: 9);
        Assert.Equal("Hello. ", prepared.Transcript);
    }

    [Fact]
    public void Prepare_LoudClip_IsLeftAsItIs()
    {
        var prepared = Preparer.Prepare(Wav(2, amplitude: 0.5f), "Hello.", 0.1);

        Assert.False(prepared.Boosted);
        Assert.Equal(1.0, prepared.OutputGain);
    }

    [Fact]
    public void Prepare_48kHzClip_IsResampledTo24kHzWithItsMel()
    {
        var prepared = Preparer.Prepare(Wav(2, rate: 48_000), "Hello.", 0.1);

        // 96 000 frames plus 50 ms of pydub's silence (2395 frames at 48 kHz), halved with rounding up.
        Assert.Equal(49_198, prepared.Samples.Length);
        Assert.Equal(49_198 / 256 + 1, prepared.Mel.Frames);
    }

    [Fact]
    public void Prepare_SilentEdges_AreTrimmedToTheSpeech()
    {
        var rate = 24_000;
        var speech = TestSignals.Sine(220, rate, 2, 0.3f);
        var padded = new float[rate / 2].Concat(speech).Concat(new float[rate / 2]).ToArray();

        var prepared = Preparer.Prepare(WavEncoder.EncodePcm16(padded, rate), "Hello.", 0.1);

        // The half seconds of digital silence go; pydub's 50 ms of silence (1198 frames at 24 kHz) is appended.
        Assert.Equal(speech.Length + 1198, prepared.Samples.Length);
    }

    [Fact]
    public void Prepare_SaturatedClip_IsAcceptedAsItIs()
    {
        // A clip driven into clipping is still a voice: the engine does not repair it, and it needs no boost.
        var square = TestSignals.Sine(220, 24_000, 2, 1f).Select(x => x >= 0 ? 1f : -1f).ToArray();

        var prepared = Preparer.Prepare(WavEncoder.EncodePcm16(square, 24_000), "Hello.", 0.1);

        Assert.False(prepared.Boosted);
        Assert.Equal(1.0, AudioMeasure.Rms(prepared.Samples), precision: 1);
    }

    [Fact]
    public void Prepare_WavWhoseHeaderClaimsMoreData_UsesTheSamplesThatArePresent()
    {
        var wav = Wav(2);
        // Claim ten times the data the file holds, as a writer that was cut off mid-stream leaves it.
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), 10 * (wav.Length - 44));

        var prepared = Preparer.Prepare(wav, "Hello.", 0.1);

        Assert.Equal(48_000 + 1198, prepared.Samples.Length);
    }

    [Fact]
    public void Prepare_LongClipWithoutPauses_IsCutAt12Seconds()
    {
        var prepared = Preparer.Prepare(Wav(20), "Hello.", 0.1);

        Assert.Equal(12 * 24_000 + 1198, prepared.Samples.Length);
        Assert.Equal((12 * 24_000 + 1198) / 24_000.0, prepared.Seconds);
    }
}
