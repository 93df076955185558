using System.Globalization;
using TtsPanel.App.History;

namespace TtsPanel.App.Tests.History;

public sealed class EngineConfigurationTests
{
    private static EngineConfiguration F5(int nfe = 7) =>
        EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", nfe, 2.0, -1.0, 1.0, "GraphIstft", 0.15);

    private static EngineConfiguration Gpu(int cudaGraphLengths = 0, int frameBucket = 1, double firstChunkSeconds = 0) =>
        EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", 7, 2.0, -1.0, 1.0, "GraphIstft", 0.15, cudaGraphLengths, frameBucket,
            firstChunkSeconds);

    [Fact]
    public void Create_SameSettings_GivesTheSameIdEveryTime()
    {
        Assert.Equal(F5().Id, F5().Id);
        Assert.Matches("^[0-9a-f]{12}$", F5().Id);
    }

    [Fact]
    public void Create_KnownSettings_GivesThePinnedIdSoStoredRecordsKeepTheirConfiguration()
    {
        // Pinned: a change to the canonical text would split every stored configuration in two.
        Assert.Equal("engine=f5-tts|model=F5TTS_v1_Base|provider=CUDA|precision=fp16|nfe=7|cfg=2|sway=-1|speed=1|vocoder=GraphIstft|crossfade=0.15",
            F5().CanonicalText);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(F5().CanonicalText)))[..12], F5().Id);
    }

    [Fact]
    public void Create_GpuSettingsAtTheirDefaults_KeepTheIdsComputedBeforeTheyExisted()
    {
        // Computed by the code before CUDA graphs, bucket and first chunk were part of the configuration: the pinned
        // text above, and the tiny pack's CPU configuration of docs/benchmarks.md.
        Assert.Equal("8f8d109ddeb2", F5().Id);
        Assert.Equal("62dea4ffb5b6", EngineConfiguration.Create("f5-tts", "f5-tiny", "CPU", "fp32", 7, 2.0, -1.0, 1.0, "GraphIstft", 0.15).Id);
        Assert.Equal("8f8d109ddeb2", EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", 7, 2.0, -1.0, 1.0, "GraphIstft", 0.15,
            cudaGraphLengths: 0, frameBucket: 1, firstChunkSeconds: 0).Id);
    }

    [Fact]
    public void Create_GpuSettings_EachGiveADifferentId()
    {
        var ids = new[]
        {
            F5().Id,
            Gpu(cudaGraphLengths: 64).Id,
            Gpu(cudaGraphLengths: 32).Id,
            Gpu(frameBucket: 16).Id,
            Gpu(firstChunkSeconds: 3).Id,
            Gpu(cudaGraphLengths: 64, frameBucket: 16).Id,
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void CanonicalText_GpuSettingsOn_AppendsThemInAFixedOrder() =>
        Assert.EndsWith("|crossfade=0.15|cudagraphs=64|bucket=16|firstchunk=2.5",
            Gpu(cudaGraphLengths: 64, frameBucket: 16, firstChunkSeconds: 2.5).CanonicalText);

    [Fact]
    public void Label_GpuSettingsOn_NamesThem() =>
        Assert.Equal("f5-tts F5TTS_v1_Base fp16 CUDA · NFE 7 · CFG 2 · sway -1 · speed 1 · GraphIstft · CUDA graphs 64 · bucket 16 · first chunk 3 s",
            Gpu(cudaGraphLengths: 64, frameBucket: 16, firstChunkSeconds: 3).Label);

    [Fact]
    public void Create_DifferentNfe_GivesADifferentId() => Assert.NotEqual(F5(7).Id, F5(6).Id);

    [Fact]
    public void Create_UnderACommaDecimalCulture_GivesTheSameId()
    {
        var invariantId = F5().Id;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariantId, F5().Id);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Label_F5_NamesTheSettingsThatMatter() =>
        Assert.Equal("f5-tts F5TTS_v1_Base fp16 CUDA · NFE 7 · CFG 2 · sway -1 · speed 1 · GraphIstft", F5().Label);
}
