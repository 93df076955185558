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

    public DecodedAudio DecodeSamples(ReadOnlySpan<byte> data)
    {
        var bytesPerSample = BitsPerSample / 8;
        var frameBytes = bytesPerSample * Channels;
        var frames = data.Length / frameBytes;
        var mono = new float[frames];
        for (var frame = 0; frame < frames; frame++)
        {
            var sum = 0f;
            for (var channel = 0; channel < Channels; channel++)
                sum += ReadSample(data.Slice(frame * frameBytes + channel * bytesPerSample, bytesPerSample));
            mono[frame] = sum / Channels;
        }

        return new DecodedAudio(mono, SampleRateHz, Channels);
    }

    private float ReadSample(ReadOnlySpan<byte> bytes) => (Format, BitsPerSample) switch
    {
        (WavFormat.IeeeFloat, _) => BinaryPrimitives.ReadSingleLittleEndian(bytes),
        (_, 16) => BinaryPrimitives.ReadInt16LittleEndian(bytes) / 32768f,
        (_, 24) => ((bytes[2] << 24) | (bytes[1] << 16) | (bytes[0] << 8)) / 2147483648f,
        _ => BinaryPrimitives.ReadInt32LittleEndian(bytes) / 2147483648f,
    };
}
