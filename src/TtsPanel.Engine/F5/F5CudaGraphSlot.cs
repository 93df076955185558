using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.F5.Sampling;
using TtsPanel.Engine.F5.Text;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// Everything one frame count N needs for captured CUDA graphs of the conditioning and of the flow step: device
/// buffers at fixed addresses for the conditioning's inputs (text ids fitted to N, the padded reference mel), its
/// outputs (which are the step's conditioning inputs), the step's other inputs (x, t) and its output (the velocity
/// pair), the two bindings to them, and the run option naming the graphs (one id per N in each session). ORT runs a
/// graph normally twice for a new graph id (to settle its memory arena), captures it on the third run, and from then
/// on replays it: one launch instead of hundreds of kernels, each of which costs ORT a few microseconds to launch.
/// Where the step graph carries the Euler update (<see cref="F5Pack.StepUpdatesState"/>) the state stays on the
/// device for a whole message: two step bindings alternate between two state buffers (x → x_next, then back), each
/// its own captured graph, and only t, t_next go up per step and the final state comes down once.
/// </summary>
internal sealed class F5CudaGraphSlot : IDisposable
{
    private readonly OnnxGraph _conditioning;
    private readonly OnnxGraph _ditStep;
    private readonly DeviceTensor<long> _text;
    private readonly DeviceTensor<float> _cond;
    private readonly DeviceTensor<float> _x;
    private readonly DeviceTensor<float> _t;
    private readonly DeviceTensor<float> _condProjection;
    private readonly DeviceTensor<float> _ropeCos;
    private readonly DeviceTensor<float> _ropeSin;
    private readonly DeviceTensor<float> _velocity;
    private readonly DeviceTensor<float>? _xNext;
    private readonly DeviceTensor<float>? _tNext;
    private readonly DeviceTensor<float>? _cfg;
    private readonly IDisposable[] _buffers;
    private readonly OrtIoBinding _conditioningBinding;
    private readonly OrtIoBinding _stepBinding;
    private readonly RunOptions _runOptions;
    private readonly OrtIoBinding? _stepBackBinding;
    private readonly RunOptions? _stepRunOptions;
    private readonly RunOptions? _stepBackRunOptions;
    private readonly float[] _time = new float[1];

    /// <param name="graphId">This length's graph id, from 1; with <paramref name="eulerUpdate"/> the step session uses
    /// 2·id − 1 and 2·id for its two bindings.</param>
    public F5CudaGraphSlot(OnnxGraph conditioning, OnnxGraph ditStep, OrtMemoryInfo gpuMemory, F5PackManifest manifest, int frames,
        int graphId, bool eulerUpdate)
    {
        _conditioning = conditioning;
        _ditStep = ditStep;
        Frames = frames;
        var (mel, dim, dimHead) = (manifest.MelChannels, manifest.Dit.Dim, manifest.Dit.DimHead);
        var made = new List<IDisposable>();
        try
        {
            DeviceTensor<T> Make<T>(long[] shape) where T : unmanaged
            {
                var tensor = new DeviceTensor<T>(gpuMemory, shape);
                made.Add(tensor);
                return tensor;
            }

            _text = Make<long>([1, frames]);
            _cond = Make<float>([1, frames, mel]);
            _x = Make<float>([1, frames, mel]);
            _t = Make<float>([1]);
            _condProjection = Make<float>([2, frames, dim]);
            _ropeCos = Make<float>([frames, dimHead]);
            _ropeSin = Make<float>([frames, dimHead]);
            _velocity = Make<float>([2, frames, mel]);
            if (eulerUpdate)
            {
                _xNext = Make<float>([1, frames, mel]);
                _tNext = Make<float>([1]);
                _cfg = Make<float>([1]);
            }
        }
        catch
        {
            // Out of GPU memory on the fourth buffer must not leak the first three.
            made.ForEach(tensor => tensor.Dispose());
            throw;
        }

        _buffers = [.. made];
        _conditioningBinding = conditioning.CreateBinding();
        _conditioningBinding.BindInput("text", _text.Value);
        _conditioningBinding.BindInput("cond", _cond.Value);
        _conditioningBinding.BindOutput("cond_proj", _condProjection.Value);
        _conditioningBinding.BindOutput("rope_cos", _ropeCos.Value);
        _conditioningBinding.BindOutput("rope_sin", _ropeSin.Value);
        _stepBinding = BindStep(_x, _xNext);
        _runOptions = F5CudaGraphs.RunOptionsFor(graphId);
        if (eulerUpdate)
        {
            _stepBackBinding = BindStep(_xNext!, _x);
            _stepRunOptions = F5CudaGraphs.RunOptionsFor(2 * graphId - 1);
            _stepBackRunOptions = F5CudaGraphs.RunOptionsFor(2 * graphId);
        }
    }

    /// <summary>Whether <see cref="Integrate"/> can keep the state on the device (the step graph has the Euler update).</summary>
    public bool UpdatesState => _stepBackBinding is not null;

    /// <summary>N, the sequence length this slot's graphs were captured for.</summary>
    public int Frames { get; }

    /// <summary>
    /// Runs (or captures, or replays) the conditioning graph on <paramref name="textIds"/> and the padded reference mel
    /// (N × mel) into this slot's buffers; the result borrows them until the next message of this length.
    /// </summary>
    public F5Conditioning Condition(ReadOnlySpan<long> textIds, ReadOnlySpan<float> condMel)
    {
        _text.Upload(ConditioningText.FitToFrames(textIds, Frames));
        _cond.Upload(condMel);
        _conditioning.Run(_runOptions, _conditioningBinding);
        return new F5Conditioning(this);
    }

    /// <summary>The conditioning tensors of this slot, for <see cref="F5Conditioning"/>.</summary>
    public (OrtValue CondProjection, OrtValue RopeCos, OrtValue RopeSin) ConditioningValues =>
        (_condProjection.Value, _ropeCos.Value, _ropeSin.Value);

    /// <summary>Uploads x and t to the fixed buffers, runs (or captures, or replays) the step and downloads the velocity pair.</summary>
    public float[] Velocity(float[] x, float t)
    {
        // With the Euler update the step session's graph ids are 2·id − 1 and 2·id: this slot's own id may name
        // another length's graph there.
        if (UpdatesState)
            throw new InvalidOperationException("This length keeps the state on the device: integrate with Integrate.");
        _x.Upload(x);
        Upload(_t, t);
        _ditStep.Run(_runOptions, _stepBinding);
        return _velocity.Download();
    }

    /// <summary>
    /// Integrates the flow from <paramref name="noise"/> over <paramref name="grid"/> on the device (only where
    /// <see cref="UpdatesState"/>): the state goes up once, each step runs the graph that reads one state buffer and
    /// writes the other, and the final state comes down once. <paramref name="cfgStrength"/> below
    /// <see cref="FlowSampler.NoGuidance"/> is passed as 0, which gives the conditional velocity alone, as on the host.
    /// </summary>
    public float[] Integrate(float[] noise, float[] grid, float cfgStrength, CancellationToken cancellationToken)
    {
        if (_stepBackBinding is null || _xNext is null || _tNext is null || _cfg is null)
            throw new InvalidOperationException("The step graph of this pack has no Euler update.");
        _x.Upload(noise);
        Upload(_cfg, cfgStrength < FlowSampler.NoGuidance ? 0f : cfgStrength);
        var steps = grid.Length - 1;
        for (var step = 0; step < steps; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Upload(_t, grid[step]);
            Upload(_tNext, grid[step + 1]);
            var forth = step % 2 == 0;
            _ditStep.Run(forth ? _stepRunOptions! : _stepBackRunOptions!, forth ? _stepBinding : _stepBackBinding);
        }

        // Step k writes x_next when k is even and x when it is odd.
        return (steps % 2 == 1 ? _xNext : _x).Download();
    }

    public void Dispose()
    {
        _runOptions.Dispose();
        _stepRunOptions?.Dispose();
        _stepBackRunOptions?.Dispose();
        _stepBinding.Dispose();
        _stepBackBinding?.Dispose();
        _conditioningBinding.Dispose();
        foreach (var buffer in _buffers)
            buffer.Dispose();
    }

    private void Upload(DeviceTensor<float> scalar, float value)
    {
        _time[0] = value;
        scalar.Upload(_time);
    }

    /// <summary>The step's binding reading the state from <paramref name="state"/> (and, with the Euler update, writing the next one to <paramref name="next"/>).</summary>
    private OrtIoBinding BindStep(DeviceTensor<float> state, DeviceTensor<float>? next)
    {
        var binding = _ditStep.CreateBinding();
        binding.BindInput("x", state.Value);
        binding.BindInput("cond_proj", _condProjection.Value);
        binding.BindInput("rope_cos", _ropeCos.Value);
        binding.BindInput("rope_sin", _ropeSin.Value);
        binding.BindInput("t", _t.Value);
        binding.BindOutput("velocity", _velocity.Value);
        if (next is not null)
        {
            binding.BindInput("t_next", _tNext!.Value);
            binding.BindInput("cfg", _cfg!.Value);
            binding.BindOutput("x_next", next.Value);
        }

        return binding;
    }
}
