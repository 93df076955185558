using System.Globalization;
using TtsPanel.App.History;

namespace TtsPanel.App.Tests.History;

public sealed class EngineConfigurationTests
{
    private static EngineConfiguration F5(int nfe = 7) =>
        EngineConfiguration.Create("f5-tts", "F5TTS_v1_Base", "CUDA", "fp16", nfe, 2.0, -1.0, 1.0, "GraphIstft", 0.15);

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
