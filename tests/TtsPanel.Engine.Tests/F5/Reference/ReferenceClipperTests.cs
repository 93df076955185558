using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Reference;

namespace TtsPanel.Engine.Tests.F5.Reference;

/// <summary>
/// The C# clipping against what the real pydub made of the same generated clips
/// (<c>tests/fixtures/reference-trim/cases.json</c>, written by <c>tools/export/make_trim_fixture.py</c>).
/// </summary>
public class ReferenceClipperTests
{
    private static readonly JsonElement Cases = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "fixtures", "reference-trim", "cases.json"))).RootElement.GetProperty("cases");

    public static TheoryData<string> CaseNames() => new(Cases.EnumerateArray().Select(c => c.GetProperty("name").GetString()!));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Clip_MatchesPydubSampleForSample(string name)
    {
        var testCase = Cases.EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var input = WavDecoder.DecodePcm(GeneratedWav(testCase));
        Assert.Equal(testCase.GetProperty("input_frames").GetInt32(), input.Frames);

        var clipped = ReferenceClipper.Clip(input);

        var expected = testCase.GetProperty("expected");
        Assert.Equal(expected.GetProperty("frames").GetInt32(), clipped.Frames);
        Assert.Equal(expected.GetProperty("sample_rate").GetInt32(), clipped.SampleRateHz);
        Assert.Equal(expected.GetProperty("channels").GetInt32(), clipped.Channels);
        Assert.Equal(expected.GetProperty("bits_per_sample").GetInt32(), clipped.BitsPerSample);
        Assert.Equal(expected.GetProperty("sha256").GetString(), Sha256(clipped));
    }

    [Fact]
    public void Clip_DigitalSilence_SaysTheClipIsSilent()
    {
        var silence = new PcmClip(new int[48_000], 1, 24_000, 16);

        var error = Assert.Throws<ReferenceAudioException>(() => ReferenceClipper.Clip(silence));

        Assert.Equal("The reference clip is silent: nothing in it is louder than -42 dBFS.", error.Message);
    }

    [Fact]
    public void Clip_SpeechWithoutSilentEdges_KeepsEveryFrameAndAppendsPydubsSilence()
    {
        // 50 ms of pydub's 11 025 Hz silence is 551 frames; audioop.ratecv makes 1198 of them at 24 kHz (spec §2.5's
        // 119 110 samples are 4913 ms of speech plus these 1198).
        var speech = new PcmClip(Enumerable.Range(0, 48_000).Select(i => i % 2 == 0 ? 9000 : -9000).ToArray(), 1, 24_000, 16);

        var clipped = ReferenceClipper.Clip(speech);

        Assert.Equal(48_000 + 1198, clipped.Frames);
        Assert.Equal(speech.Samples, clipped.Samples[..48_000]);
        Assert.All(clipped.Samples[48_000..], sample => Assert.Equal(0, sample));
    }

    /// <summary>The clip a case describes, as a WAV file: the same integer noise the Python generator writes.</summary>
    private static byte[] GeneratedWav(JsonElement testCase)
    {
        var rate = testCase.GetProperty("sample_rate").GetInt32();
        var channels = testCase.GetProperty("channels").GetInt32();
        var bytesPerSample = testCase.GetProperty("bits_per_sample").GetInt32() / 8;
        var extraFrames = testCase.GetProperty("extra_frames").GetInt32();
        var segments = testCase.GetProperty("segments").EnumerateArray().ToArray();
        var shift = 8 * (bytesPerSample - 2);

        using var data = new MemoryStream();
        for (var index = 0; index < segments.Length; index++)
        {
            var ms = segments[index][0].GetInt32();
            var amplitude = segments[index][1].GetInt32();
            var frames = ms * rate / 1000 + (index == segments.Length - 1 ? extraFrames : 0);
            foreach (var value in Noise((uint)(index + 1), frames * channels, amplitude))
            {
                var bytes = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(bytes, value << shift);
                data.Write(bytes, 0, bytesPerSample);
            }
        }

        return TestWavFiles.Build(1, (short)channels, (short)(bytesPerSample * 8), data.ToArray(), rate);
    }

    /// <summary>The generator of make_trim_fixture.py: a 32-bit LCG, value = (state >> 8) mod (2A + 1) − A.</summary>
    private static IEnumerable<int> Noise(uint seed, int count, int amplitude)
    {
        var state = seed;
        for (var i = 0; i < count; i++)
        {
            state = unchecked(state * 1664525 + 1013904223);
            yield return amplitude == 0 ? 0 : (int)((state >> 8) % (uint)(2 * amplitude + 1)) - amplitude;
        }
    }

    private static string Sha256(PcmClip clip)
    {
        var width = clip.BitsPerSample / 8;
        var bytes = new byte[clip.Samples.Length * width];
        for (var i = 0; i < clip.Samples.Length; i++)
        {
            if (width == 2)
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), (short)clip.Samples[i]);
            else
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), clip.Samples[i]);
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
