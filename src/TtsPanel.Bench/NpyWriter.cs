using System.Globalization;
using System.Text;

namespace TtsPanel.Bench;

/// <summary>Writes a float32 array as a NumPy .npy file (format 1.0, C order), for comparing with the Python reference.</summary>
public static class NpyWriter
{
    public static void WriteFloat32(string path, float[] values, params int[] shape)
    {
        var dimensions = string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + (shape.Length == 1 ? "," : "");
        var header = $"{{'descr': '<f4', 'fortran_order': False, 'shape': ({dimensions}), }}";
        // Magic (6) + version (2) + header length (2) + header + newline, padded with spaces to a multiple of 64.
        var padded = header.PadRight((10 + header.Length + 1 + 63) / 64 * 64 - 10 - 1) + "\n";
        using var stream = File.Create(path);
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        stream.Write(BitConverter.GetBytes((ushort)padded.Length));
        stream.Write(Encoding.ASCII.GetBytes(padded));
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        stream.Write(bytes);
    }
}
