using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// The captured CUDA graphs of the flow step, one per frame count, for the first <see cref="MaxLengths"/> frame counts
/// met. ORT cannot release one captured graph of a session, so the set is bounded by count rather than evicted: a
/// frame count met after the set is full runs the step without a graph (as without this option). Each slot holds
/// about (2·dim + 3·mel + 2·dim_head)·N floats of device memory (≈ 20 MB at N = 2 000 for F5TTS_v1_Base).
/// </summary>
public sealed class F5CudaGraphs : IDisposable
{
    /// <summary>ORT's run option that names the CUDA graph of a run; −1 runs without capture or replay, 0 is ORT's own.</summary>
    internal const string GraphIdKey = "gpu_graph_id";

    private readonly OnnxGraph _ditStep;
    private readonly OrtMemoryInfo _gpuMemory;
    private readonly F5PackManifest _manifest;
    private readonly Dictionary<int, F5CudaGraphSlot> _slots = [];

    internal F5CudaGraphs(OnnxGraph ditStep, OrtMemoryInfo gpuMemory, F5PackManifest manifest, int maxLengths)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLengths);
        _ditStep = ditStep;
        _gpuMemory = gpuMemory;
        _manifest = manifest;
        MaxLengths = maxLengths;
        Uncaptured = new RunOptions();
        Uncaptured.AddRunConfigEntry(GraphIdKey, "-1");
    }

    /// <summary>
    /// Runs every chunk synthesized with these graphs, one at a time: ORT keeps a captured graph per calling thread
    /// (see <see cref="DedicatedThread"/>), a frame count's buffers serve one message at a time, and while ORT captures
    /// a graph (global capture mode) no other thread may allocate or copy on the device.
    /// </summary>
    internal DedicatedThread Thread { get; } = new("F5 CUDA graphs");

    /// <summary>How many frame counts get a graph.</summary>
    public int MaxLengths { get; }

    /// <summary>Frame counts that have a slot so far.</summary>
    public int Count => _slots.Count;

    /// <summary>Run options for a step without a graph (a frame count beyond <see cref="MaxLengths"/>).</summary>
    internal RunOptions Uncaptured { get; }

    /// <summary>The slot for <paramref name="frames"/>, made on first use; null when the set is full.</summary>
    internal F5CudaGraphSlot? For(int frames)
    {
        if (_slots.TryGetValue(frames, out var slot))
            return slot;
        if (_slots.Count >= MaxLengths)
            return null;
        // Graph ids start at 1: ORT keeps 0 for a session's single default graph.
        slot = new F5CudaGraphSlot(_ditStep, _gpuMemory, _manifest, frames, _slots.Count + 1);
        _slots.Add(frames, slot);
        return slot;
    }

    public void Dispose()
    {
        Thread.Dispose();
        foreach (var slot in _slots.Values)
            slot.Dispose();
        _slots.Clear();
        Uncaptured.Dispose();
    }
}
