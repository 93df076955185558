using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.F5.Text;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5.Pack;

/// <summary>
/// A loaded model pack: its manifest, vocabulary and the three graphs in one precision (the vocoder in the variant
/// asked for), each checked against the engine's contract, and with a flow step graph its time-modulation graph. Any
/// problem fails with a message naming the file and what is wrong.
/// </summary>
public sealed class F5Pack : IDisposable
{
    public const int SupportedFormatVersion = 1;
    public const string ManifestFileName = "manifest.json";

    /// <summary>The input by which a step graph is known as a flow step (<see cref="F5GraphContract.FlowStep"/>).</summary>
    private const string FlowStepInput = "modulation";

    private readonly OrtMemoryInfo? _gpuMemory;

    private F5Pack(string directory, F5PackManifest manifest, float[][]? melFilters, string precision, OnnxGraph conditioning,
        OnnxGraph ditStep, OnnxGraph? timeModulation, F5Vocoder vocoder, OrtMemoryInfo? gpuMemory, int cudaGraphLengths)
    {
        _gpuMemory = gpuMemory;
        TimeTable = timeModulation is null ? null : new F5TimeTable(timeModulation, gpuMemory);
        CudaGraphs = gpuMemory is not null && cudaGraphLengths > 0
            ? new F5CudaGraphs(conditioning, ditStep, vocoder.Variant == F5VocoderVariant.GraphIstft ? vocoder.Graph : null, gpuMemory,
                manifest, cudaGraphLengths, TimeTable)
            : null;
        Directory = directory;
        MelFilters = melFilters;
        Manifest = manifest;
        Precision = precision;
        Conditioning = conditioning;
        DitStep = ditStep;
        Vocoder = vocoder;
        Vocabulary = F5Vocabulary.FromText(string.Concat(manifest.Vocabulary.Select(token => token + "\n")));
    }

    public string Directory { get; }

    public F5PackManifest Manifest { get; }

    /// <summary><c>fp32</c> or <c>fp16</c>: the graph files in use.</summary>
    public string Precision { get; }

    public F5Vocabulary Vocabulary { get; }

    /// <summary>The mel filterbank the pack was exported with ([mel][bin]); null when its manifest names none.</summary>
    public float[][]? MelFilters { get; }

    public OnnxGraph Conditioning { get; }

    public OnnxGraph DitStep { get; }

    /// <summary>
    /// With a flow step graph (<see cref="F5GraphContract.FlowStep"/>, the GPU graphs since round 5): the time tables it
    /// reads, made by the pack's time-modulation graph; null with a plain step graph, whose velocity the host
    /// integrates.
    /// </summary>
    internal F5TimeTable? TimeTable { get; }

    /// <summary>Whether the step graph is a whole flow step (<see cref="F5GraphContract.FlowStep"/>) rather than the plain velocity.</summary>
    public bool FlowStep => TimeTable is not null;

    public F5Vocoder Vocoder { get; }

    /// <summary>The captured CUDA graphs; null unless the pack was loaded on CUDA with graph-enabled sessions.</summary>
    public F5CudaGraphs? CudaGraphs { get; }

    /// <summary>
    /// Where graph outputs that only feed other graphs are kept (the conditioning read by every flow step): the GPU's
    /// memory when the pack was loaded for the CUDA provider, else host memory.
    /// </summary>
    public OrtMemoryInfo ResultMemory => _gpuMemory ?? OrtMemoryInfo.DefaultInstance;

    /// <summary>Loads the pack in <paramref name="directory"/> with the <paramref name="precision"/> graphs and the <paramref name="vocoder"/> variant.</summary>
    /// <exception cref="ModelPackException">A file is missing, unreadable or does not match the contract.</exception>
    public static F5Pack Load(string directory, string precision, F5VocoderVariant vocoder, SessionOptions options) =>
        Load(directory, ReadManifest(directory), precision, vocoder, options, gpuDeviceId: null, graphOptions: null, cudaGraphLengths: 0);

    /// <summary>
    /// Loads the FP16 graphs for a GPU provider when the pack has them, else the FP32 graphs. With
    /// <paramref name="cudaGraphOptions"/> (from <see cref="ExecutionProviderSelector.CudaGraphOptions"/>) on a GPU
    /// provider, the conditioning, the flow step and the waveform vocoder get graph-enabled sessions with CUDA graphs
    /// for up to <paramref name="cudaGraphLengths"/> lengths each (<see cref="CudaGraphs"/>); the spectrum vocoder keeps
    /// <paramref name="options"/>. The caller keeps and disposes both options.
    /// </summary>
    /// <exception cref="ModelPackException">A file is missing, unreadable or does not match the contract.</exception>
    public static F5Pack LoadFor(string directory, ExecutionProviderChoice provider, F5VocoderVariant vocoder, SessionOptions options,
        SessionOptions? cudaGraphOptions = null, int cudaGraphLengths = 0)
    {
        var manifest = ReadManifest(directory);
        var graphs = provider.IsGpu && cudaGraphOptions is not null && cudaGraphLengths > 0;
        return Load(directory, manifest, PrecisionFor(manifest, provider), vocoder, options, provider.IsGpu ? provider.DeviceId : null,
            graphs ? cudaGraphOptions : null, graphs ? cudaGraphLengths : 0);
    }

    /// <summary>FP16 for a GPU provider when the pack has FP16 graphs, else FP32.</summary>
    internal static string PrecisionFor(F5PackManifest manifest, ExecutionProviderChoice provider) =>
        provider.IsGpu && manifest.Graphs.Any(g => g.Precision == F5GraphRoles.Fp16) ? F5GraphRoles.Fp16 : F5GraphRoles.Fp32;

    private static F5Pack Load(string directory, F5PackManifest manifest, string precision, F5VocoderVariant vocoder, SessionOptions options,
        int? gpuDeviceId, SessionOptions? graphOptions, int cudaGraphLengths)
    {
        var melFilters = ReadMelFilters(directory, manifest);
        var graphs = new List<OnnxGraph>();
        try
        {
            graphs.Add(LoadGraph(directory, manifest, F5GraphRoles.Conditioning, precision, graphOptions ?? options));
            graphs.Add(LoadGraph(directory, manifest, F5GraphRoles.DitStep, precision, graphOptions ?? options));
            // Run once per time grid, so never captured: the session needs no graph options.
            var timeModulation = graphs[1].Inputs.ContainsKey(FlowStepInput)
                ? LoadGraph(directory, manifest, F5GraphRoles.TimeModulation, precision, options)
                : null;
            if (timeModulation is not null)
            {
                graphs.Add(timeModulation);
                CheckTableWidths(graphs[1], timeModulation);
            }

            var vocoderOptions = vocoder == F5VocoderVariant.GraphIstft ? graphOptions ?? options : options;
            var loadedVocoder = F5Vocoder.Load(directory, manifest, precision, vocoder, vocoderOptions);
            var gpuMemory = gpuDeviceId is { } id
                ? new OrtMemoryInfo(OrtMemoryInfo.allocatorCUDA, OrtAllocatorType.ArenaAllocator, id, OrtMemType.Default)
                : null;
            return new F5Pack(directory, manifest, melFilters, precision, graphs[0], graphs[1], timeModulation, loadedVocoder,
                gpuMemory, cudaGraphLengths);
        }
        catch
        {
            // Sessions already created hold native memory: release them before reporting the problem.
            graphs.ForEach(g => g.Dispose());
            throw;
        }
    }

    /// <summary>The flow step must read rows as wide as the time-modulation graph writes them (P, fixed by the model).</summary>
    private static void CheckTableWidths(OnnxGraph flowStep, OnnxGraph timeModulation)
    {
        var read = flowStep.Inputs[FlowStepInput].Dimensions[1];
        var written = timeModulation.Outputs[FlowStepInput].Dimensions[1];
        if (read != written)
            throw new ModelPackException($"{flowStep.FilePath}: reads modulation rows of {read} values, but {timeModulation.FilePath} writes {written}.");
    }

    /// <summary>The manifest's filterbank file, stored (bins, mels) as torchaudio builds it, turned into [mel][bin].</summary>
    private static float[][]? ReadMelFilters(string directory, F5PackManifest manifest)
    {
        if (manifest.Mel?.Filterbank is not { } file)
            return null;
        var path = Path.Combine(directory, file);
        var (values, shape) = NpyReader.ReadFloat32(path);
        var bins = manifest.FftSize / 2 + 1;
        if (shape is not [var rows, var columns] || rows != bins || columns != manifest.MelChannels)
            throw new ModelPackException($"{path}: has shape ({string.Join(", ", shape)}); expected ({bins}, {manifest.MelChannels}).");
        var filters = new float[columns][];
        for (var mel = 0; mel < columns; mel++)
        {
            filters[mel] = new float[bins];
            for (var bin = 0; bin < bins; bin++)
                filters[mel][bin] = values[bin * columns + mel];
        }

        return filters;
    }

    public void Dispose()
    {
        // The slots' bindings and buffers, and the time tables, go before the sessions they were made for.
        CudaGraphs?.Dispose();
        TimeTable?.Dispose();
        Conditioning.Dispose();
        DitStep.Dispose();
        Vocoder.Dispose();
        _gpuMemory?.Dispose();
    }

    internal static F5PackManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(path))
            throw new ModelPackException($"{path}: the file is missing.");
        F5PackManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<F5PackManifest>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new ModelPackException($"{path}: not a valid manifest ({e.Message}).", e);
        }

        return manifest is null ? throw new ModelPackException($"{path}: the manifest is empty.") : F5PackManifestRules.Check(path, manifest);
    }

    internal static OnnxGraph LoadGraph(string directory, F5PackManifest manifest, string role, string precision, SessionOptions options)
    {
        var entry = manifest.Graphs.FirstOrDefault(g => g.Role == role && g.Precision == precision)
            ?? throw new ModelPackException($"{Path.Combine(directory, ManifestFileName)}: no {precision} '{role}' graph is listed.");
        var graph = OnnxGraph.Load(Path.Combine(directory, entry.File), options);
        try
        {
            // FP16 files keep the time tables in float16: they stay on the device, where the step reads them.
            var tableType = precision == F5GraphRoles.Fp16 ? typeof(Float16) : typeof(float);
            var (inputs, outputs) = role switch
            {
                F5GraphRoles.DitStep when graph.Inputs.ContainsKey(FlowStepInput) => F5GraphContract.FlowStep(manifest, tableType),
                F5GraphRoles.TimeModulation => F5GraphContract.TimeModulation(tableType),
                _ => F5GraphContract.For(role, manifest),
            };

            F5GraphCheck.Compare(graph.FilePath, "input", graph.Inputs, inputs);
            F5GraphCheck.Compare(graph.FilePath, "output", graph.Outputs, outputs);
            return graph;
        }
        catch
        {
            graph.Dispose();
            throw;
        }
    }
}
