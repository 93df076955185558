using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.App.Tests.History;

public class ConfigurationSourceTests
{
    private readonly ConfigurationSource _source = new(Options.Create(new EngineOptions { Espeak = new EspeakOptions { WordsPerMinute = 200 } }));

    [Fact]
    public void For_EspeakWithSpeedOverride_IsTheRateItSpeaksAt()
    {
        var espeak = EspeakEngine.Create(new EspeakOptions { WordsPerMinute = 200 });

        var configuration = _source.For(espeak, new SynthesisOverrides(Nfe: 9, Speed: 1.5));

        Assert.Equal(300, configuration.Speed);
        Assert.Null(configuration.Nfe); // espeak-ng has no flow steps: the override does not change its configuration
        Assert.NotEqual(_source.For(espeak).Id, configuration.Id);
    }

    [Fact]
    public void For_OutOfRangeOverride_Throws() =>
        Assert.Throws<ArgumentException>(() => _source.For(EspeakEngine.Create(new EspeakOptions()), new SynthesisOverrides(Speed: 5)));
}
