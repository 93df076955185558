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
/// With a flow step graph (<see cref="F5Pack.FlowStep"/>) the state stays on the device for a whole message: two step
/// bindings alternate between two state buffers and two step counters (x, step → x_next, step_next, then back), each
/// its own captured graph reading the pack's time tables, so nothing goes up or down between steps; the noise, the
/// counter's start and the guidance go up once and the final state comes down once.
/// </summary>
internal sealed class F5CudaGraphSlot : IDisposable
{
    private readonly OnnxGraph _conditioning;
    private readonly OnnxGraph _ditStep;
    private readonly DeviceTensor<long> _text;
    private readonly DeviceTensor<float> _cond;
    private readonly DeviceTensor<float> _x;
    private readonly DeviceTensor<float>? _t;
    private readonly DeviceTensor<float> _condProjection;
    private readonly DeviceTensor<float> _ropeCos;
    private readonly DeviceTensor<float> _ropeSin;
    private readonly DeviceTensor<float>? _velocity;
    private readonly DeviceTensor<float>? _xNext;
    private readonly DeviceTensor<long>? _step;
    private readonly DeviceTensor<long>? _stepNext;
    private readonly DeviceTensor<float>? _cfg;
    private readonly F5TimeTable? _timeTable;
    private readonly IDisposable[] _buffers;
    private readonly OrtIoBinding _conditioningBinding;
    private readonly OrtIoBinding _stepBinding;
    private readonly RunOptions _runOptions;
    private readonly OrtIoBinding? _stepBackBinding;
    private readonly RunOptions? _stepRunOptions;
    private readonly RunOptions? _stepBackRunOptions;
    private readonly float[] _scalar = new float[1];

    /// <param name="graphId">This length's graph id, from 1; with a <paramref name="timeTable"/> the step session uses
    /// 2·id − 1 and 2·id for its two bindings.</param>
    /// <param name="timeTable">The pack's time tables where the step graph is a flow step, else null.</param>
    public F5CudaGraphSlot(OnnxGraph conditioning, OnnxGraph ditStep, OrtMemoryInfo gpuMemory, F5PackManifest manifest, int frames,
        int graphId, F5TimeTable? timeTable)
    {
        _conditioning = conditioning;
        _ditStep = ditStep;
        _timeTable = timeTable;
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
            _condProjection = Make<float>([2, frames, dim]);
            _ropeCos = Make<float>([frames, dimHead]);
            _ropeSin = Make<float>([frames, dimHead]);
            if (timeTable is null)
            {
                _t = Make<float>([1]);
                _velocity = Make<float>([2, frames, mel]);
            }
            else
            {
                _xNext = Make<float>([1, frames, mel]);
                _step = Make<long>([1]);
                _stepNext = Make<long>([1]);
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
        _runOptions = F5CudaGraphs.RunOptionsFor(graphId);
        if (timeTable is null)
            _stepBinding = BindVelocity();
        else
        {
            _stepBinding = BindFlowStep(_x, _step!, _xNext!, _stepNext!);
            _stepBackBinding = BindFlowStep(_xNext!, _stepNext!, _x, _step!);
            _stepRunOptions = F5CudaGraphs.RunOptionsFor(2 * graphId - 1);
            _stepBackRunOptions = F5CudaGraphs.RunOptionsFor(2 * graphId);
        }
    }

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
        if (_t is null || _velocity is null)
            throw new InvalidOperationException("This length's step graph is a flow step: integrate with Integrate.");
        _x.Upload(x);
        _scalar[0] = t;
        _t.Upload(_scalar);
        _ditStep.Run(_runOptions, _stepBinding);
        return _velocity.Download();
    }

    /// <summary>
    /// Integrates the flow from <paramref name="noise"/> over the first <paramref name="steps"/> steps of the time
    /// grid the pack's time tables hold (<see cref="F5TimeTable.Prepare"/>, whose lock the caller holds) on the
    /// device, where the step graph is a flow step: the state goes up once, each step runs the graph that reads one state and
    /// counter buffer and writes the other, and the final state comes down once. <paramref name="guidance"/> is the
    /// CFG strength as the graph applies it (0: the conditional velocity alone).
    /// </summary>
    public float[] Integrate(float[] noise, int steps, float guidance, CancellationToken cancellationToken)
    {
        if (_stepBackBinding is null || _xNext is null || _step is null || _cfg is null)
            throw new InvalidOperationException("The step graph of this pack is no flow step.");
        _x.Upload(noise);
        _step.Upload([0L]);
        _scalar[0] = guidance;
        _cfg.Upload(_scalar);
        for (var step = 0; step < steps; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
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

    /// <summary>The plain step's binding: x and t in, the velocity pair out.</summary>
    private OrtIoBinding BindVelocity()
    {
        var binding = BindConditioned(_x);
        binding.BindInput("t", _t!.Value);
        binding.BindOutput("velocity", _velocity!.Value);
        return binding;
    }

    /// <summary>A flow step's binding: reads the state and counter from <paramref name="state"/>, <paramref name="step"/>, writes the next ones to <paramref name="nextState"/>, <paramref name="nextStep"/>.</summary>
    private OrtIoBinding BindFlowStep(DeviceTensor<float> state, DeviceTensor<long> step, DeviceTensor<float> nextState, DeviceTensor<long> nextStep)
    {
        var binding = BindConditioned(state);
        binding.BindInput("time_grid", _timeTable!.Grid);
        binding.BindInput("modulation", _timeTable.Modulation);
        binding.BindInput("step", step.Value);
        binding.BindInput("cfg", _cfg!.Value);
        binding.BindOutput("x_next", nextState.Value);
        binding.BindOutput("step_next", nextStep.Value);
        return binding;
    }

    /// <summary>A step binding with the state <paramref name="state"/> and this length's conditioning bound.</summary>
    private OrtIoBinding BindConditioned(DeviceTensor<float> state)
    {
        var binding = _ditStep.CreateBinding();
        binding.BindInput("x", state.Value);
        binding.BindInput("cond_proj", _condProjection.Value);
        binding.BindInput("rope_cos", _ropeCos.Value);
        binding.BindInput("rope_sin", _ropeSin.Value);
        return binding;
    }
}
