using System.Text;

namespace TtsPanel.Engine.Tests;

/// <summary>WAV files built byte by byte, for decoder tests that need formats our encoder does not write.</summary>
internal static class TestWavFiles
{
    /// <summary>A RIFF/WAVE file with a 16-byte fmt chunk (<paramref name="format"/> 1 = PCM, 3 = float) and <paramref name="data"/>.</summary>
    public static byte[] Build(short format, short channels, short bits, byte[] data, int rateHz = 24_000)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Encoding.ASCII.GetBytes("RIFF"));
        writer.Write(36 + data.Length);
        writer.Write(Encoding.ASCII.GetBytes("WAVEfmt "));
        writer.Write(16);
        writer.Write(format);
        writer.Write(channels);
        writer.Write(rateHz);
        writer.Write(rateHz * channels * bits / 8);
        writer.Write((short)(channels * bits / 8));
        writer.Write(bits);
        writer.Write(Encoding.ASCII.GetBytes("data"));
        writer.Write(data.Length);
        writer.Write(data);
        return stream.ToArray();
    }
}
