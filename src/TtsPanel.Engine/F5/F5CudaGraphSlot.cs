using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// Everything one frame count N needs for a captured CUDA graph of the flow step: device buffers at fixed addresses
/// for the step's inputs (x, t, the conditioning) and its output (the velocity pair), the step's binding to them, and
/// the run option naming the graph. ORT runs the step normally twice for a new graph id (to settle its memory
/// arena), captures it on the third run, and from then on replays it: one launch instead of ~950 kernels.
/// </summary>
internal sealed class F5CudaGraphSlot : IDisposable
{
    private static readonly string[] ConditioningOutputs = ["cond_proj", "rope_cos", "rope_sin"];

    private readonly OnnxGraph _ditStep;
    private readonly DeviceTensor _x;
    private readonly DeviceTensor _t;
    private readonly DeviceTensor _condProjection;
    private readonly DeviceTensor _ropeCos;
    private readonly DeviceTensor _ropeSin;
    private readonly DeviceTensor _velocity;
    private readonly OrtIoBinding _stepBinding;
    private readonly RunOptions _runOptions;
    private readonly float[] _time = new float[1];

    public F5CudaGraphSlot(OnnxGraph ditStep, OrtMemoryInfo gpuMemory, F5PackManifest manifest, int frames, int graphId)
    {
        _ditStep = ditStep;
        Frames = frames;
        var (mel, dim, dimHead) = (manifest.MelChannels, manifest.Dit.Dim, manifest.Dit.DimHead);
        var made = new List<DeviceTensor>();
        try
        {
            DeviceTensor Make(long[] shape)
            {
                made.Add(new DeviceTensor(gpuMemory, shape));
                return made[^1];
            }

            _x = Make([1, frames, mel]);
            _t = Make([1]);
            _condProjection = Make([2, frames, dim]);
            _ropeCos = Make([frames, dimHead]);
            _ropeSin = Make([frames, dimHead]);
            _velocity = Make([2, frames, mel]);
        }
        catch
        {
            // Out of GPU memory on the fourth buffer must not leak the first three.
            made.ForEach(tensor => tensor.Dispose());
            throw;
        }

        _stepBinding = ditStep.CreateBinding();
        _stepBinding.BindInput("x", _x.Value);
        _stepBinding.BindInput("cond_proj", _condProjection.Value);
        _stepBinding.BindInput("rope_cos", _ropeCos.Value);
        _stepBinding.BindInput("rope_sin", _ropeSin.Value);
        _stepBinding.BindInput("t", _t.Value);
        _stepBinding.BindOutput("velocity", _velocity.Value);
        _runOptions = new RunOptions();
        _runOptions.AddRunConfigEntry(F5CudaGraphs.GraphIdKey, graphId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>N, the sequence length this slot's graph was captured for.</summary>
    public int Frames { get; }

    /// <summary>Runs the conditioning graph into this slot's buffers; the result borrows them until the next message of this length.</summary>
    public F5Conditioning Condition(OnnxGraph conditioning, OrtValue text, OrtValue cond)
    {
        using var binding = conditioning.CreateBinding();
        binding.BindInput("text", text);
        binding.BindInput("cond", cond);
        binding.BindOutput(ConditioningOutputs[0], _condProjection.Value);
        binding.BindOutput(ConditioningOutputs[1], _ropeCos.Value);
        binding.BindOutput(ConditioningOutputs[2], _ropeSin.Value);
        using var runOptions = new RunOptions();
        conditioning.Run(runOptions, binding);
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
        foreach (var tensor in new[] { _x, _t, _condProjection, _ropeCos, _ropeSin, _velocity })
            tensor.Dispose();
    }
}
