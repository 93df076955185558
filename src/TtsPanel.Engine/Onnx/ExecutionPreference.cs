namespace TtsPanel.Engine.Onnx;

/// <summary>Which ONNX Runtime execution provider to use.</summary>
public enum ExecutionPreference
{
    /// <summary>CUDA when a GPU and the CUDA provider are usable, else the CPU (the default).</summary>
    Auto,

    /// <summary>Always the CPU.</summary>
    Cpu,

    /// <summary>CUDA or fail: for measurements that must not silently run on the CPU.</summary>
    Cuda,
}
