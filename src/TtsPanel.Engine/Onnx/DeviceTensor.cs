using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace TtsPanel.Engine.Onnx;

/// <summary>
/// A float32 tensor in GPU memory that this object allocated and keeps at one address until disposed, wrapped as an
/// <see cref="OrtValue"/> for I/O binding. Captured CUDA graphs need exactly that: their inputs and outputs never move.
/// </summary>
internal sealed class DeviceTensor : IDisposable
{
    private readonly IntPtr _pointer;

    public DeviceTensor(OrtMemoryInfo gpuMemory, long[] shape)
    {
        Length = shape.Aggregate(1L, (product, size) => product * size);
        _pointer = CudaRuntime.Allocate(Length * sizeof(float));
        try
        {
            Value = OrtValue.CreateTensorValueWithData(gpuMemory, TensorElementType.Float, shape, _pointer, Length * sizeof(float));
        }
        catch
        {
            CudaRuntime.Free(_pointer);
            throw;
        }
    }

    /// <summary>The tensor for binding; it does not own the memory.</summary>
    public OrtValue Value { get; }

    /// <summary>Number of elements.</summary>
    public long Length { get; }

    public void Upload(ReadOnlySpan<float> values)
    {
        if (values.Length != Length)
            throw new ArgumentException($"{values.Length} values for a device tensor of {Length}.", nameof(values));
        CudaRuntime.Upload(values, _pointer);
    }

    public float[] Download()
    {
        var values = new float[Length];
        CudaRuntime.Download(_pointer, values);
        return values;
    }

    public void Dispose()
    {
        Value.Dispose();
        CudaRuntime.Free(_pointer);
    }
}
