using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// The pack's vocoder, mel → 24 kHz waveform: either the waveform graph, or the spectrum graph followed by the inverse
/// STFT in C# (<see cref="F5VocoderVariant"/>). Owns its graph.
/// </summary>
public sealed class F5Vocoder : IDisposable
{
    private readonly OnnxGraph _graph;
    private readonly InverseStft? _inverseStft;
    private readonly int _melChannels;

    private F5Vocoder(OnnxGraph graph, F5VocoderVariant variant, F5PackManifest manifest)
    {
        _graph = graph;
        Variant = variant;
        _melChannels = manifest.MelChannels;
        _inverseStft = variant == F5VocoderVariant.CSharpIstft ? new InverseStft(manifest.FftSize, manifest.HopLength) : null;
    }

    public F5VocoderVariant Variant { get; }

    /// <summary>The graph file in use, for messages.</summary>
    public string FilePath => _graph.FilePath;

    /// <summary>
    /// Loads only the vocoder of the pack in <paramref name="directory"/>, in <paramref name="variant"/> and the precision
    /// <see cref="F5Pack.LoadFor"/> would pick, e.g. to time the variants side by side.
    /// </summary>
    /// <exception cref="ModelPackException">The manifest or the graph is missing, unreadable or does not match the contract.</exception>
    public static F5Vocoder LoadFor(string directory, ExecutionProviderChoice provider, F5VocoderVariant variant, SessionOptions options)
    {
        var manifest = F5Pack.ReadManifest(directory);
        return Load(directory, manifest, F5Pack.PrecisionFor(manifest, provider), variant, options);
    }

    internal static F5Vocoder Load(string directory, F5PackManifest manifest, string precision, F5VocoderVariant variant, SessionOptions options)
    {
        var role = variant == F5VocoderVariant.CSharpIstft ? F5GraphRoles.VocoderSpectrum : F5GraphRoles.Vocoder;
        return new F5Vocoder(F5Pack.LoadGraph(directory, manifest, role, precision, options), variant, manifest);
    }

    /// <summary>The graph, for a captured CUDA graph's binding (<see cref="F5CudaGraphs"/>).</summary>
    internal OnnxGraph Graph => _graph;

    /// <summary>Channels-first mel (mel × <paramref name="frames"/>) → 256 · (frames − 1) samples.</summary>
    /// <param name="runOptions">Run options (a graph-enabled session's "no graph"); null for the defaults.</param>
    public float[] Vocode(float[] melChannelsFirst, int frames, RunOptions? runOptions = null)
    {
        var inputs = new[] { NamedOnnxValue.CreateFromTensor("mel", new DenseTensor<float>(melChannelsFirst, [1, _melChannels, frames])) };
        using var outputs = _graph.Run(inputs, runOptions);
        if (_inverseStft is null)
            return outputs.Single(o => o.Name == "waveform").AsTensor<float>().ToArray();
        // (1, bins, frames) in C order is the bins-major layout the inverse STFT reads: no copy before it.
        return _inverseStft.Transform(Values(outputs, "real"), Values(outputs, "imag"), frames);
    }

    public void Dispose() => _graph.Dispose();

    private static ReadOnlyMemory<float> Values(IReadOnlyCollection<DisposableNamedOnnxValue> outputs, string name) =>
        ((DenseTensor<float>)outputs.Single(o => o.Name == name).AsTensor<float>()).Buffer;
}
