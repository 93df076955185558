using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5.Pack;

/// <summary>Reads the float32 NumPy arrays (<c>.npy</c>, little-endian, C order) a pack carries beside its graphs.</summary>
public static partial class NpyReader
{
    /// <summary>The array's values in C order and its shape.</summary>
    /// <exception cref="ModelPackException">The file is missing, is not a .npy file, or is not a little-endian float32 C-order array.</exception>
    public static (float[] Values, int[] Shape) ReadFloat32(string path)
    {
        if (!File.Exists(path))
            throw new ModelPackException($"{path}: the file is missing.");
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 10 || bytes[0] != 0x93 || !bytes.AsSpan(1, 5).SequenceEqual("NUMPY"u8))
            throw new ModelPackException($"{path}: not a .npy file.");
        var major = bytes[6];
        var headerStart = major == 1 ? 10 : 12;
        var headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        if (headerStart + headerLength > bytes.Length)
            throw new ModelPackException($"{path}: the .npy header is truncated.");
        var header = Encoding.ASCII.GetString(bytes, headerStart, headerLength);
        var descr = Descr().Match(header).Groups[1].Value;
        if (descr != "<f4" || !header.Contains("'fortran_order': False", StringComparison.Ordinal))
            throw new ModelPackException($"{path}: expected a little-endian float32 array in C order (header {header.Trim()}).");
        var shape = Shape().Match(header).Groups[1].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        var count = shape.Aggregate(1L, (product, size) => product * size);
        var data = bytes.AsSpan(headerStart + headerLength);
        if (data.Length != count * sizeof(float))
            throw new ModelPackException($"{path}: holds {data.Length} bytes of data; shape ({string.Join(", ", shape)}) needs {count * sizeof(float)}.");
        var values = new float[count];
        data.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return (values, shape);
    }

    [GeneratedRegex(@"'descr': '([^']+)'")]
    private static partial Regex Descr();

    [GeneratedRegex(@"'shape': \(([^)]*)\)")]
    private static partial Regex Shape();
}
