using System.Buffers.Binary;

namespace TtsPanel.Engine.Audio;

/// <summary>Reads RIFF/WAVE files (PCM 16/24/32-bit or 32-bit float, any channel count).</summary>
public static class WavDecoder
{
    /// <summary>Decodes <paramref name="wav"/>, averaging the channels into one.</summary>
    /// <exception cref="WavFormatException">The bytes are not a WAV file this decoder supports.</exception>
    public static DecodedAudio Decode(ReadOnlySpan<byte> wav)
    {
        var pcm = DecodePcm(wav);
        return new DecodedAudio(pcm.ToMono(), pcm.SampleRateHz, pcm.Channels);
    }

    /// <summary>Decodes <paramref name="wav"/> into interleaved integer PCM, keeping every channel.</summary>
    /// <exception cref="WavFormatException">The bytes are not a WAV file this decoder supports.</exception>
    public static PcmClip DecodePcm(ReadOnlySpan<byte> wav)
    {
        if (wav.Length < 12 || !wav[..4].SequenceEqual("RIFF"u8) || !wav[8..12].SequenceEqual("WAVE"u8))
            throw new WavFormatException("Not a WAV file: the RIFF/WAVE header is missing.");

        WavHeader? header = null;
        var offset = 12;
        while (offset + 8 <= wav.Length)
        {
            var id = wav.Slice(offset, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(wav[(offset + 4)..]);
            var body = offset + 8;
            if (size < 0)
                throw new WavFormatException($"WAV chunk at byte {offset} has a negative size.");
            if (id.SequenceEqual("fmt "u8))
                header = WavHeader.Parse(wav.Slice(body, Math.Min(size, wav.Length - body)));
            else if (id.SequenceEqual("data"u8))
            {
                if (header is null)
                    throw new WavFormatException("WAV data chunk comes before its fmt chunk.");
                // A writer that streamed the file may leave the size unset or too large; read what is there.
                var available = Math.Min(size, wav.Length - body);
                return header.DecodeSamples(wav.Slice(body, available));
            }

            offset = body + size + (size & 1);
        }

        throw new WavFormatException(header is null ? "WAV file has no fmt chunk." : "WAV file has no data chunk.");
    }
}
