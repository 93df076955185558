using System.Runtime.InteropServices;

namespace TtsPanel.Engine.Onnx;

/// <summary>
/// The few CUDA runtime calls the engine makes itself: device buffers at addresses that never move (a captured CUDA
/// graph replays with the addresses it was captured with) and copies into and out of them. The library is the one
/// ONNX Runtime's CUDA provider (1.31, CUDA 13) already loaded, so nothing new is loaded.
/// </summary>
internal static partial class CudaRuntime
{
    private const string LibraryName = "libcudart.so.13";
    private const int HostToDevice = 1;
    private const int DeviceToHost = 2;

    /// <summary>Allocates <paramref name="bytes"/> of device memory on the current device.</summary>
    public static IntPtr Allocate(long bytes)
    {
        Check(Malloc(out var pointer, (nuint)bytes), "cudaMalloc");
        return pointer;
    }

    public static void Free(IntPtr pointer) => Check(FreeNative(pointer), "cudaFree");

    /// <summary>Copies host values to the device and waits until they are there (ORT's stream does not wait for the default stream).</summary>
    public static unsafe void Upload<T>(ReadOnlySpan<T> source, IntPtr destination) where T : unmanaged
    {
        fixed (T* data = source)
            Check(Memcpy(destination, (IntPtr)data, (nuint)(source.Length * sizeof(T)), HostToDevice), "cudaMemcpy to the device");
        Check(DeviceSynchronize(), "cudaDeviceSynchronize");
    }

    /// <summary>Waits for all work on the device, then copies device values to the host.</summary>
    public static unsafe void Download<T>(IntPtr source, Span<T> destination) where T : unmanaged
    {
        Check(DeviceSynchronize(), "cudaDeviceSynchronize");
        fixed (T* data = destination)
            Check(Memcpy((IntPtr)data, source, (nuint)(destination.Length * sizeof(T)), DeviceToHost), "cudaMemcpy to the host");
    }

    private static void Check(int error, string call)
    {
        if (error != 0)
            throw new InvalidOperationException($"{call} failed with CUDA error {error} ({Marshal.PtrToStringAnsi(ErrorString(error))}).");
    }

    [LibraryImport(LibraryName, EntryPoint = "cudaMalloc")]
    private static partial int Malloc(out IntPtr pointer, nuint bytes);

    [LibraryImport(LibraryName, EntryPoint = "cudaFree")]
    private static partial int FreeNative(IntPtr pointer);

    [LibraryImport(LibraryName, EntryPoint = "cudaMemcpy")]
    private static partial int Memcpy(IntPtr destination, IntPtr source, nuint bytes, int kind);

    [LibraryImport(LibraryName, EntryPoint = "cudaDeviceSynchronize")]
    private static partial int DeviceSynchronize();

    [LibraryImport(LibraryName, EntryPoint = "cudaGetErrorString")]
    private static partial IntPtr ErrorString(int error);
}
