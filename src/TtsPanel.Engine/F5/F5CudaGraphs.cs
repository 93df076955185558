using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// The captured CUDA graphs of a pack: the conditioning and the flow step for each of the first
/// <see cref="MaxLengths"/> frame counts N met, and the waveform vocoder for each of the first <see cref="MaxLengths"/>
/// generated frame counts T. ORT cannot release one captured graph of a session, so each set is bounded by count
/// rather than evicted: a length met after its set is full runs without a graph (as without this option). With a flow
/// step graph each N slot holds about (2·dim + 3·mel + 2·dim_head)·N floats of device memory (the conditioning's
/// inputs and outputs, two states; ≈ 20 MB at N = 2 000 for F5TTS_v1_Base), each T slot about (mel + hop)·T floats
/// (≈ 0.3 MB per second of speech).
/// </summary>
public sealed class F5CudaGraphs : IDisposable
{
    /// <summary>ORT's run option that names the CUDA graph of a run; −1 runs without capture or replay, 0 is ORT's own.</summary>
    internal const string GraphIdKey = "gpu_graph_id";

    private readonly OnnxGraph _conditioning;
    private readonly OnnxGraph _ditStep;
    private readonly OnnxGraph? _vocoder;
    private readonly OrtMemoryInfo _gpuMemory;
    private readonly F5PackManifest _manifest;
    private readonly F5TimeTable? _timeTable;
    private readonly Dictionary<int, F5CudaGraphSlot> _slots = [];
    private readonly Dictionary<int, F5VocoderGraphSlot> _vocoderSlots = [];

    /// <param name="vocoder">The waveform vocoder's graph-enabled session; null when the vocoder runs without graphs.</param>
    /// <param name="timeTable">The pack's time tables where the step graph is a flow step, else null.</param>
    internal F5CudaGraphs(OnnxGraph conditioning, OnnxGraph ditStep, OnnxGraph? vocoder, OrtMemoryInfo gpuMemory, F5PackManifest manifest,
        int maxLengths, F5TimeTable? timeTable)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLengths);
        _conditioning = conditioning;
        _ditStep = ditStep;
        _vocoder = vocoder;
        _gpuMemory = gpuMemory;
        _manifest = manifest;
        _timeTable = timeTable;
        MaxLengths = maxLengths;
        Uncaptured = RunOptionsFor(-1);
    }

    /// <summary>
    /// Runs every chunk synthesized with these graphs, one at a time: ORT keeps a captured graph per calling thread
    /// (see <see cref="DedicatedThread"/>), a length's buffers serve one message at a time, and while ORT captures a
    /// graph (global capture mode) no other thread may allocate or copy on the device.
    /// </summary>
    internal DedicatedThread Thread { get; } = new("F5 CUDA graphs");

    /// <summary>How many frame counts get graphs (N for the conditioning and the step, T for the vocoder).</summary>
    public int MaxLengths { get; }

    /// <summary>Frame counts N that have a slot so far.</summary>
    public int Count => _slots.Count;

    /// <summary>Run options for a graph-enabled session's run without a graph (a length beyond <see cref="MaxLengths"/>).</summary>
    internal RunOptions Uncaptured { get; }

    /// <summary>Run options naming CUDA graph <paramref name="graphId"/> (<see cref="GraphIdKey"/>); the caller disposes them.</summary>
    internal static RunOptions RunOptionsFor(int graphId)
    {
        var options = new RunOptions();
        options.AddRunConfigEntry(GraphIdKey, graphId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return options;
    }

    /// <summary>The conditioning and step slot for <paramref name="frames"/> (N), made on first use; null when the set is full.</summary>
    internal F5CudaGraphSlot? For(int frames) =>
        SlotFor(_slots, frames,
            graphId => new F5CudaGraphSlot(_conditioning, _ditStep, _gpuMemory, _manifest, frames, graphId, _timeTable));

    /// <summary>
    /// The vocoder slot for <paramref name="frames"/> (T), made on first use; null when the set is full or the vocoder
    /// runs without graphs.
    /// </summary>
    internal F5VocoderGraphSlot? VocoderFor(int frames) => _vocoder is not { } vocoder
        ? null
        : SlotFor(_vocoderSlots, frames,
            graphId => new F5VocoderGraphSlot(vocoder, _gpuMemory, _manifest.MelChannels, _manifest.HopLength, frames, graphId));

    private T? SlotFor<T>(Dictionary<int, T> slots, int frames, Func<int, T> make) where T : class
    {
        if (slots.TryGetValue(frames, out var slot))
            return slot;
        if (slots.Count >= MaxLengths)
            return null;
        // Graph ids start at 1: ORT keeps 0 for a session's single default graph.
        slot = make(slots.Count + 1);
        slots.Add(frames, slot);
        return slot;
    }

    public void Dispose()
    {
        Thread.Dispose();
        foreach (var slot in _slots.Values)
            slot.Dispose();
        foreach (var slot in _vocoderSlots.Values)
            slot.Dispose();
        _slots.Clear();
        _vocoderSlots.Clear();
        Uncaptured.Dispose();
    }
}
