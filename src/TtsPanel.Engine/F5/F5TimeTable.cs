using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// The time tables a flow step graph reads (<see cref="Pack.F5GraphContract.FlowStep"/>): the time grid, padded to
/// <see cref="Rows"/> points with its last one, and its AdaLN table (<see cref="Rows"/> × P values from the pack's
/// time-modulation graph, which this object owns). Both sit in buffers that never move, in GPU memory when the pack
/// runs on the GPU, so that captured step graphs read them where they were captured, whatever the grid. The table is
/// computed again only when a message's grid differs from the last one (another NFE or sway coefficient): one
/// batched product for all steps, where the step graph used to read the AdaLN weights (about 370 MB in FP16 at full
/// size) once per step.
/// </summary>
internal sealed class F5TimeTable : IDisposable
{
    /// <summary>Grid points held: enough for the most flow steps a message may ask for.</summary>
    public const int Rows = SynthesisOverrides.MaxNfe + 1;

    private readonly OnnxGraph _modulation;
    private readonly IDisposable[] _buffers;
    private readonly Action<float[]> _setGrid;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _padded = new float[Rows];
    private float[]? _current;

    /// <param name="gpuMemory">Where the tables live: the GPU's memory, or null for host memory (the CPU provider).</param>
    public F5TimeTable(OnnxGraph modulation, OrtMemoryInfo? gpuMemory)
    {
        _modulation = modulation;
        var table = modulation.Outputs["modulation"];
        long[] tableShape = [Rows, table.Dimensions[1]];
        var float16 = table.ElementType == typeof(Float16);
        if (gpuMemory is not null)
        {
            var grid = new DeviceTensor<float>(gpuMemory, [Rows]);
            IDisposable values;
            try
            {
                values = float16 ? new DeviceTensor<Half>(gpuMemory, tableShape) : new DeviceTensor<float>(gpuMemory, tableShape);
            }
            catch
            {
                grid.Dispose();
                throw;
            }

            _buffers = [grid, values];
            Grid = grid.Value;
            Modulation = values is DeviceTensor<Half> half ? half.Value : ((DeviceTensor<float>)values).Value;
            _setGrid = values => grid.Upload(values);
        }
        else
        {
            if (float16)
                throw new NotSupportedException("A float16 time table is kept in GPU memory only.");
            var grid = new float[Rows];
            Grid = OrtValue.CreateTensorValueFromMemory(grid, [Rows]);
            Modulation = OrtValue.CreateTensorValueFromMemory(new float[Rows * tableShape[1]], tableShape);
            _buffers = [Grid, Modulation];
            _setGrid = values => values.CopyTo(grid, 0);
        }

        _binding = modulation.CreateBinding();
        _binding.BindInput("time_grid", Grid);
        _binding.BindOutput("modulation", Modulation);
    }

    /// <summary>The padded time grid (<see cref="Rows"/>,), the step graph's <c>time_grid</c>.</summary>
    public OrtValue Grid { get; }

    /// <summary>The AdaLN table (<see cref="Rows"/> × P), the step graph's <c>modulation</c>.</summary>
    public OrtValue Modulation { get; }

    /// <summary>
    /// Makes the tables hold <paramref name="grid"/> (from t = 0 to 1, one point more than steps). The caller holds
    /// this object's lock from here until its last step has run, so that no other message changes the tables meanwhile.
    /// </summary>
    public void Prepare(float[] grid)
    {
        if (grid.Length is < 2 or > Rows)
            throw new ArgumentException($"A time grid of {grid.Length} points; the table holds 2 to {Rows}.", nameof(grid));
        if (_current is not null && _current.AsSpan().SequenceEqual(grid))
            return;
        grid.CopyTo(_padded, 0);
        Array.Fill(_padded, grid[^1], grid.Length, Rows - grid.Length);
        _setGrid(_padded);
        _modulation.Run(_runOptions, _binding);
        _current = [.. grid];
    }

    public void Dispose()
    {
        _binding.Dispose();
        _runOptions.Dispose();
        foreach (var buffer in _buffers)
            buffer.Dispose();
        _modulation.Dispose();
    }
}
