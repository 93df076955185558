using System.Buffers.Binary;

namespace TtsPanel.Engine.Audio;

/// <summary>The fields of a WAV fmt chunk that decoding needs.</summary>
internal sealed record WavHeader(int Format, int Channels, int SampleRateHz, int BitsPerSample)
{
    public static WavHeader Parse(ReadOnlySpan<byte> fmt)
    {
        if (fmt.Length < 16)
            throw new WavFormatException($"WAV fmt chunk is {fmt.Length} bytes; at least 16 are needed.");
        int format = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadInt16LittleEndian(fmt[2..]);
        var rate = BinaryPrimitives.ReadInt32LittleEndian(fmt[4..]);
        var bits = BinaryPrimitives.ReadInt16LittleEndian(fmt[14..]);
        // WAVE_FORMAT_EXTENSIBLE keeps the real format in the first two bytes of its sub-format GUID.
        if (format == WavFormat.Extensible && fmt.Length >= 26)
            format = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);

        if (channels < 1)
            throw new WavFormatException($"WAV file declares {channels} channels.");
        if (rate < 1)
            throw new WavFormatException($"WAV file declares a sample rate of {rate} Hz.");
        var supported = (format == WavFormat.Pcm && bits is 16 or 24 or 32) || (format == WavFormat.IeeeFloat && bits == 32);
        if (!supported)
            throw new WavFormatException($"WAV encoding not supported (format {format}, {bits}-bit); use PCM 16/24/32-bit or 32-bit float.");
        return new WavHeader(format, channels, rate, bits);
    }

    /// <summary>Reads whole frames from <paramref name="data"/>; a trailing partial frame is dropped.</summary>
    public PcmClip DecodeSamples(ReadOnlySpan<byte> data)
    {
        var bytesPerSample = BitsPerSample / 8;
        var count = data.Length / (bytesPerSample * Channels) * Channels;
        var samples = new int[count];
        for (var i = 0; i < count; i++)
            samples[i] = ReadSample(data.Slice(i * bytesPerSample, bytesPerSample), i / Channels);
        return new PcmClip(samples, Channels, SampleRateHz, BitsPerSample == 16 ? 16 : 32);
    }

    private int ReadSample(ReadOnlySpan<byte> bytes, int frame) => (Format, BitsPerSample) switch
    {
        (WavFormat.IeeeFloat, _) => FloatToInt32(BinaryPrimitives.ReadSingleLittleEndian(bytes), frame),
        (_, 16) => BinaryPrimitives.ReadInt16LittleEndian(bytes),
        // pydub widens 24-bit samples by prepending a low byte of 0xFF to negative ones and 0x00 to the rest; doing
        // the same keeps a reference clip sample-identical to the reference pipeline (the difference is < 2^-23).
        (_, 24) => (bytes[2] << 24) | (bytes[1] << 16) | (bytes[0] << 8) | ((bytes[2] & 0x80) != 0 ? 0xFF : 0),
        _ => BinaryPrimitives.ReadInt32LittleEndian(bytes),
    };

    /// <summary>Float to 32-bit PCM as ffmpeg converts it for pydub: scale by 2^31, round to nearest even, clip.</summary>
    private static int FloatToInt32(float value, int frame)
    {
        if (!float.IsFinite(value))
            throw new WavFormatException($"WAV file has a non-finite float sample at frame {frame}.");
        return (int)Math.Clamp(Math.Round(value * 2147483648.0, MidpointRounding.ToEven), int.MinValue, int.MaxValue);
    }
}
