using System.Buffers.Binary;

namespace TtsPanel.Engine.Audio;

/// <summary>Writes mono float PCM as a 16-bit PCM RIFF/WAVE file, the format every browser decodes.</summary>
public static class WavEncoder
{
    private const int HeaderBytes = 44;
    private const short BitsPerSample = 16;

    /// <summary>Encodes <paramref name="samples"/> (clipped to the 16-bit range) as 16-bit mono WAV bytes.</summary>
    public static byte[] EncodePcm16(ReadOnlySpan<float> samples, int sampleRateHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRateHz);
        var dataBytes = samples.Length * sizeof(short);
        var wav = new byte[HeaderBytes + dataBytes];
        var span = wav.AsSpan();

        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], HeaderBytes - 8 + dataBytes);
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], WavFormat.Pcm);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRateHz);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRateHz * sizeof(short));
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], sizeof(short));
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], BitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataBytes);

        var data = span[HeaderBytes..];
        for (var i = 0; i < samples.Length; i++)
        {
            // Scale by 32768 like every decoder does, so a round trip is exact to one step; clamp at the int16 range.
            var scaled = MathF.Round(samples[i] * 32768f);
            BinaryPrimitives.WriteInt16LittleEndian(data[(i * 2)..], (short)Math.Clamp(scaled, short.MinValue, short.MaxValue));
        }

        return wav;
    }
}
