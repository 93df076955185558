using System.Text;

namespace TtsPanel.Bench.Tests;

public class NpyWriterTests
{
    [Fact]
    public void WriteFloat32_WritesAnAlignedHeaderAndTheValues()
    {
        var path = Path.GetTempFileName();
        try
        {
            NpyWriter.WriteFloat32(path, [1f, 2f, 3f, 4f, 5f, 6f], 2, 3);

            var bytes = File.ReadAllBytes(path);
            var headerLength = BitConverter.ToUInt16(bytes, 8);
            var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
            Assert.Equal("\x93NUMPY", Encoding.Latin1.GetString(bytes, 0, 6));
            Assert.Equal(0, (10 + headerLength) % 64);
            Assert.StartsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", header);
            Assert.EndsWith("\n", header);
            Assert.Equal(6f, BitConverter.ToSingle(bytes, 10 + headerLength + 5 * 4));
            Assert.Equal(10 + headerLength + 24, bytes.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
