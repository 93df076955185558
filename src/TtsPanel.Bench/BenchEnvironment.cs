namespace TtsPanel.Bench;

/// <summary>What the figures were measured on, printed and stored with every benchmark.</summary>
/// <param name="OrtVersion">ONNX Runtime's native version string, e.g. <c>1.31.0</c>.</param>
/// <param name="Provider"><c>CUDA</c> or <c>CPU</c>.</param>
/// <param name="Device">The provider's device, e.g. <c>CUDA device 0</c>.</param>
/// <param name="GpuName">The GPU's name and driver as nvidia-smi reports them, or why it is unknown; <c>none</c> on the CPU.</param>
/// <param name="Precision">The pack's graph precision in use, <c>fp16</c> or <c>fp32</c>.</param>
/// <param name="CpuFallbackDisabled">Whether ORT was told to refuse graph nodes on the CPU provider.</param>
public sealed record BenchEnvironment(string OrtVersion, string Provider, string Device, string GpuName, string Precision, bool CpuFallbackDisabled);
