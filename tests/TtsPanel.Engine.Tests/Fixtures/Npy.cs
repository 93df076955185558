using System.Text;
using System.Text.RegularExpressions;

namespace TtsPanel.Engine.Tests.Fixtures;

/// <summary>Reads the golden .npy files (little-endian float32 or int64, C order) the export tool writes.</summary>
internal static partial class Npy
{
    public static (float[] Values, int[] Shape) ReadFloat(string path)
    {
        var (descr, shape, data) = Read(path);
        Assert.Equal("<f4", descr);
        var values = new float[data.Length / 4];
        Buffer.BlockCopy(data, 0, values, 0, data.Length);
        return (values, shape);
    }

    public static (long[] Values, int[] Shape) ReadLong(string path)
    {
        var (descr, shape, data) = Read(path);
        Assert.Equal("<i8", descr);
        var values = new long[data.Length / 8];
        Buffer.BlockCopy(data, 0, values, 0, data.Length);
        return (values, shape);
    }

    private static (string Descr, int[] Shape, byte[] Data) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(1, 5).SequenceEqual("NUMPY"u8), $"{path} is not a .npy file");
        var major = bytes[6];
        var headerLength = major == 1 ? BitConverter.ToUInt16(bytes, 8) : (int)BitConverter.ToUInt32(bytes, 8);
        var headerStart = major == 1 ? 10 : 12;
        var header = Encoding.ASCII.GetString(bytes, headerStart, headerLength);
        Assert.Contains("'fortran_order': False", header);
        var descr = Descr().Match(header).Groups[1].Value;
        var shape = Shape().Match(header).Groups[1].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        return (descr, shape, bytes[(headerStart + headerLength)..]);
    }

    [GeneratedRegex(@"'descr': '([^']+)'")]
    private static partial Regex Descr();

    [GeneratedRegex(@"'shape': \(([^)]*)\)")]
    private static partial Regex Shape();
}
