using Microsoft.Extensions.Options;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;
using TtsPanel.Engine.F5;

namespace TtsPanel.App.History;

/// <summary>The configuration an engine runs under now: its runtime plus the engine settings from <see cref="EngineOptions"/>.</summary>
public sealed class ConfigurationSource(IOptions<EngineOptions> options)
{
    /// <summary>The configuration of <paramref name="engine"/>; provider and precision are empty while it is unavailable.</summary>
    public EngineConfiguration For(ITtsEngine engine)
    {
        var runtime = engine.Runtime;
        var provider = runtime?.Provider ?? "";
        var precision = runtime?.Precision ?? "";
        return engine switch
        {
            F5Engine f5 => ForF5(f5.ModelId ?? "", provider, precision, options.Value.F5),
            EspeakEngine => EngineConfiguration.Create(engine.Name, engine.Name, provider, precision,
                speed: options.Value.Espeak.WordsPerMinute),
            _ => EngineConfiguration.Create(engine.Name, engine.Name, provider, precision),
        };
    }

    private static EngineConfiguration ForF5(string modelId, string provider, string precision, F5Options f5) =>
        EngineConfiguration.Create(F5Engine.EngineName, modelId, provider, precision, f5.Nfe, f5.CfgStrength, f5.SwayCoefficient, f5.Speed,
            f5.Vocoder.ToString(), f5.CrossFadeSeconds);
}
