using Microsoft.Extensions.Options;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.App.History;

/// <summary>The configuration an engine runs under now: its runtime plus the engine settings from <see cref="EngineOptions"/>.</summary>
public sealed class ConfigurationSource(IOptions<EngineOptions> options)
{
    /// <summary>
    /// The configuration of <paramref name="engine"/> with <paramref name="overrides"/> applied as the engine applies
    /// them (null: as configured); provider and precision are empty while it is unavailable.
    /// </summary>
    /// <exception cref="ArgumentException">An override is out of range.</exception>
    public EngineConfiguration For(ITtsEngine engine, SynthesisOverrides? overrides = null)
    {
        var runtime = engine.Runtime;
        var provider = runtime?.Provider ?? "";
        var precision = runtime?.Precision ?? "";
        overrides?.EnsureValid();
        return engine switch
        {
            F5Engine f5 => ForF5(f5.ModelId ?? "", provider, precision, options.Value.F5.With(overrides)),
            EspeakEngine => EngineConfiguration.Create(engine.Name, engine.Name, provider, precision,
                speed: options.Value.Espeak.WordsPerMinute * (overrides?.Speed ?? 1.0)),
            _ => EngineConfiguration.Create(engine.Name, engine.Name, provider, precision, overrides?.Nfe, overrides?.CfgStrength,
                overrides?.SwayCoefficient, overrides?.Speed ?? 1.0),
        };
    }

    // The engine captures CUDA graphs, and rounds the length to the frame bucket, only on the GPU with graphs on: where
    // a setting changes nothing it must not split the configuration.
    private static EngineConfiguration ForF5(string modelId, string provider, string precision, F5Options f5)
    {
        var graphs = provider == ExecutionProviderSelector.Cuda ? f5.CudaGraphLengths : 0;
        return EngineConfiguration.Create(F5Engine.EngineName, modelId, provider, precision, f5.Nfe, f5.CfgStrength, f5.SwayCoefficient,
            f5.Speed, f5.Vocoder.ToString(), f5.CrossFadeSeconds, graphs, f5.FrameBucketWith(cudaGraphsRun: graphs > 0), f5.FirstChunkSeconds);
    }
}
