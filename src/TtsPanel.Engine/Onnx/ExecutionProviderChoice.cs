namespace TtsPanel.Engine.Onnx;

/// <summary>The execution provider in use, reported in the UI and stored with every synthesis.</summary>
/// <param name="Provider"><c>CUDA</c> or <c>CPU</c>.</param>
/// <param name="Device">What runs the graphs, e.g. <c>CUDA device 0</c> or <c>CPU (16 cores)</c>.</param>
/// <param name="Reason">Why this provider was chosen, e.g. why CUDA was not usable.</param>
/// <param name="DeviceId">The CUDA device index (default 0); unused on the CPU.</param>
public sealed record ExecutionProviderChoice(string Provider, string Device, string Reason, int DeviceId = 0)
{
    public bool IsGpu => Provider == ExecutionProviderSelector.Cuda;
}
