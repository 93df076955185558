using Microsoft.ML.OnnxRuntime;

namespace TtsPanel.Engine.Onnx;

/// <summary>
/// One ONNX graph in one session, created once and reused. Every run goes through <see cref="Run"/>, which adds the
/// graph's file and the input shapes to any runtime error.
/// </summary>
public sealed class OnnxGraph : IDisposable
{
    private readonly InferenceSession _session;

    private OnnxGraph(string filePath, InferenceSession session)
    {
        FilePath = filePath;
        _session = session;
    }

    /// <summary>The graph file, for messages.</summary>
    public string FilePath { get; }

    public IReadOnlyDictionary<string, NodeMetadata> Inputs => _session.InputMetadata;

    public IReadOnlyDictionary<string, NodeMetadata> Outputs => _session.OutputMetadata;

    /// <summary>Loads <paramref name="filePath"/>; a missing, truncated or invalid file fails naming the file.</summary>
    /// <exception cref="ModelPackException">The file cannot be loaded.</exception>
    public static OnnxGraph Load(string filePath, SessionOptions options)
    {
        if (!File.Exists(filePath))
            throw new ModelPackException($"{filePath}: the file is missing.");
        try
        {
            return new OnnxGraph(filePath, new InferenceSession(filePath, options));
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelPackException($"{filePath}: ONNX Runtime cannot load it ({e.Message.Split('\n')[0].Trim()}).", e);
        }
    }

    /// <summary>Runs the graph; the caller disposes the returned outputs.</summary>
    /// <param name="runOptions">Run options (e.g. a CUDA graph id); null for the defaults.</param>
    public IDisposableReadOnlyCollection<DisposableNamedOnnxValue> Run(IReadOnlyCollection<NamedOnnxValue> inputs, RunOptions? runOptions = null)
    {
        try
        {
            return runOptions is null ? _session.Run(inputs) : _session.Run(inputs, _session.OutputNames, runOptions);
        }
        catch (OnnxRuntimeException e)
        {
            var shapes = string.Join(", ", inputs.Select(i => $"{i.Name} {TensorShape.Describe(i.Value)}"));
            throw new InvalidOperationException($"{Path.GetFileName(FilePath)} failed with inputs {shapes}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Runs the graph on <paramref name="inputs"/>, which may live in host or device memory, and leaves every output
    /// named in <paramref name="outputNames"/> in <paramref name="outputMemory"/> (e.g. the GPU's, so that the next
    /// graph reads it there without a copy through the host). The caller disposes the returned values, in the order
    /// of <paramref name="outputNames"/>.
    /// </summary>
    /// <param name="runOptions">Run options (e.g. a CUDA graph id); null for the defaults.</param>
    public IDisposableReadOnlyCollection<OrtValue> Run(IReadOnlyList<(string Name, OrtValue Value)> inputs, IReadOnlyList<string> outputNames,
        OrtMemoryInfo outputMemory, RunOptions? runOptions = null)
    {
        try
        {
            using var binding = _session.CreateIoBinding();
            foreach (var (name, value) in inputs)
                binding.BindInput(name, value);
            foreach (var name in outputNames)
                binding.BindOutputToDevice(name, outputMemory);
            using var defaults = new RunOptions();
            _session.RunWithBinding(runOptions ?? defaults, binding);
            return binding.GetOutputValues();
        }
        catch (OnnxRuntimeException e)
        {
            var shapes = string.Join(", ", inputs.Select(i => $"{i.Name} {TensorShape.Format(i.Value.GetTensorTypeAndShape().Shape)}"));
            throw new InvalidOperationException($"{Path.GetFileName(FilePath)} failed with inputs {shapes}: {e.Message}", e);
        }
    }

    /// <summary>A binding of this graph's inputs and outputs for <see cref="Run(RunOptions, OrtIoBinding)"/>; the caller disposes it.</summary>
    public OrtIoBinding CreateBinding() => _session.CreateIoBinding();

    /// <summary>Runs the graph on what <paramref name="binding"/> holds; the outputs land in the values bound to them.</summary>
    public void Run(RunOptions runOptions, OrtIoBinding binding)
    {
        try
        {
            _session.RunWithBinding(runOptions, binding);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidOperationException($"{Path.GetFileName(FilePath)} failed with bound inputs: {e.Message}", e);
        }
    }

    public void Dispose() => _session.Dispose();
}
