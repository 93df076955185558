using System.Runtime.CompilerServices;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace TtsPanel.Engine.Onnx;

/// <summary>
/// A tensor of <typeparamref name="T"/> (float32, float16 or int64) in GPU memory that this object allocated and keeps at one
/// address until disposed, wrapped as an <see cref="OrtValue"/> for I/O binding. Captured CUDA graphs need exactly
/// that: their inputs and outputs never move.
/// </summary>
internal sealed class DeviceTensor<T> : IDisposable where T : unmanaged
{
    private readonly IntPtr _pointer;

    public DeviceTensor(OrtMemoryInfo gpuMemory, long[] shape)
    {
        var elementType = typeof(T) == typeof(float) ? TensorElementType.Float
            : typeof(T) == typeof(long) ? TensorElementType.Int64
            : typeof(T) == typeof(Half) ? TensorElementType.Float16
            : throw new NotSupportedException($"Device tensors of {typeof(T).Name} are not supported.");
        Length = shape.Aggregate(1L, (product, size) => product * size);
        var bytes = Length * Unsafe.SizeOf<T>();
        _pointer = CudaRuntime.Allocate(bytes);
        try
        {
            Value = OrtValue.CreateTensorValueWithData(gpuMemory, elementType, shape, _pointer, bytes);
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

    public void Upload(ReadOnlySpan<T> values)
    {
        if (values.Length != Length)
            throw new ArgumentException($"{values.Length} values for a device tensor of {Length}.", nameof(values));
        CudaRuntime.Upload(values, _pointer);
    }

    public T[] Download()
    {
        var values = new T[Length];
        CudaRuntime.Download(_pointer, values.AsSpan());
        return values;
    }

    public void Dispose()
    {
        Value.Dispose();
        CudaRuntime.Free(_pointer);
    }
}
