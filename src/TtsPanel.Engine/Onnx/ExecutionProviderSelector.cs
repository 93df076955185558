using Microsoft.ML.OnnxRuntime;

namespace TtsPanel.Engine.Onnx;

/// <summary>
/// Picks the execution provider from those that actually load: CUDA when preferred and its libraries and a GPU are
/// present, else the CPU, with the reason recorded.
/// </summary>
public static class ExecutionProviderSelector
{
    public const string Cuda = "CUDA";
    public const string Cpu = "CPU";

    /// <summary>Session options for the chosen provider, and what was chosen and why.</summary>
    /// <exception cref="OnnxRuntimeException">CUDA was required (<see cref="ExecutionPreference.Cuda"/>) but does not load.</exception>
    public static (SessionOptions Options, ExecutionProviderChoice Choice) Select(ExecutionPreference preference, int cudaDeviceId = 0)
    {
        string reason;
        if (preference == ExecutionPreference.Cpu)
        {
            reason = "the CPU was asked for (Engine:F5:ExecutionProvider = Cpu)";
        }
        else
        {
            var options = CreateOptions();
            try
            {
                using var cuda = new OrtCUDAProviderOptions();
                cuda.UpdateOptions(CudaSettings(cudaDeviceId));
                options.AppendExecutionProvider_CUDA(cuda);
                return (options, new ExecutionProviderChoice(Cuda, $"CUDA device {cudaDeviceId}", "a GPU and the CUDA execution provider are usable", cudaDeviceId));
            }
            catch (OnnxRuntimeException e) when (preference == ExecutionPreference.Auto)
            {
                // No GPU, no driver or missing CUDA libraries: an expected machine state, not an error.
                options.Dispose();
                reason = $"CUDA is not usable: {FirstLine(e.Message)}";
            }
        }

        return (CreateOptions(), new ExecutionProviderChoice(Cpu, $"CPU ({Environment.ProcessorCount} cores)", reason));
    }

    /// <summary>
    /// Session options for a graph run only through I/O binding at fixed device addresses: the CUDA provider with
    /// <c>enable_cuda_graph</c>, so that ORT captures a run as a CUDA graph and replays it (one launch for the whole
    /// graph). Every run of such a session must name its graph with the <c>gpu_graph_id</c> run option (−1: none).
    /// </summary>
    /// <exception cref="OnnxRuntimeException">The CUDA provider does not load.</exception>
    public static SessionOptions CudaGraphOptions(int cudaDeviceId)
    {
        var options = CreateOptions();
        try
        {
            using var cuda = new OrtCUDAProviderOptions();
            var settings = CudaSettings(cudaDeviceId);
            settings["enable_cuda_graph"] = "1";
            cuda.UpdateOptions(settings);
            options.AppendExecutionProvider_CUDA(cuda);
            return options;
        }
        catch
        {
            options.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes a graph node that the CUDA provider would leave to the CPU a load error (ORT's
    /// <c>session.disable_cpu_ep_fallback</c>) instead of running it there: a benchmark asked to run on the GPU must not
    /// quietly copy tensors to the host mid-graph.
    /// </summary>
    public static void DenyCpuFallback(SessionOptions options) => options.AddSessionConfigEntry("session.disable_cpu_ep_fallback", "1");

    /// <summary>
    /// The CUDA provider's settings. cuDNN picks convolution algorithms by its heuristic instead of timing every
    /// candidate (ORT's default, EXHAUSTIVE): the timing runs again for every new input shape, and every chat message
    /// has a new length, so EXHAUSTIVE made the first message of each length about 0.4 s slower on an H100
    /// (docs/benchmarks.md).
    /// </summary>
    private static Dictionary<string, string> CudaSettings(int cudaDeviceId) => new()
    {
        ["device_id"] = cudaDeviceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["cudnn_conv_algo_search"] = "HEURISTIC",
    };

    private static SessionOptions CreateOptions() => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        // Nothing may fall back silently from the GPU to the CPU mid-graph without us knowing why it is slow.
        LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
