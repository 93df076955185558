using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
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
    private readonly IDisposable[] _buffers;
    private readonly OrtIoBinding _conditioningBinding;
    private readonly OrtIoBinding _stepBinding;
    private readonly RunOptions _runOptions;
    private readonly float[] _time = new float[1];

    public F5CudaGraphSlot(OnnxGraph conditioning, OnnxGraph ditStep, OrtMemoryInfo gpuMemory, F5PackManifest manifest, int frames,
        int graphId)
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
        _stepBinding = ditStep.CreateBinding();
        _stepBinding.BindInput("x", _x.Value);
        _stepBinding.BindInput("cond_proj", _condProjection.Value);
        _stepBinding.BindInput("rope_cos", _ropeCos.Value);
        _stepBinding.BindInput("rope_sin", _ropeSin.Value);
        _stepBinding.BindInput("t", _t.Value);
        _stepBinding.BindOutput("velocity", _velocity.Value);
        _runOptions = new RunOptions();
        _runOptions.AddRunConfigEntry(F5CudaGraphs.GraphIdKey, graphId.ToString(CultureInfo.InvariantCulture));
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
        _x.Upload(x);
        _time[0] = t;
        _t.Upload(_time);
        _ditStep.Run(_runOptions, _stepBinding);
        return _velocity.Download();
    }

    public void Dispose()
    {
        _runOptions.Dispose();
        _stepBinding.Dispose();
        _conditioningBinding.Dispose();
        foreach (var buffer in _buffers)
            buffer.Dispose();
    }
}
