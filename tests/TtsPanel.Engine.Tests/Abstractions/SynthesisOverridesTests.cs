using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.F5;

namespace TtsPanel.Engine.Tests.Abstractions;

public class SynthesisOverridesTests
{
    [Fact]
    public void Problems_AllInRange_None() => Assert.Empty(new SynthesisOverrides(4, 0, -1, 2).Problems());

    [Fact]
    public void Problems_EachOutOfRange_NamesSettingAndValue()
    {
        var problems = new SynthesisOverrides(65, -0.5, 1.5, 0.2).Problems();

        Assert.Equal(
        [
            "NFE must be between 4 and 64 (was 65).",
            "CFG strength must be between 0 and 10 (was -0.5).",
            "Sway coefficient must be between -1 and 1 (was 1.5).",
            "Speed must be between 0.3 and 2 (was 0.2).",
        ], problems);
    }

    [Fact]
    public void Problems_NaN_IsRefused() => Assert.Equal(["Speed must be between 0.3 and 2 (was NaN)."], new SynthesisOverrides(Speed: double.NaN).Problems());

    [Fact]
    public void EnsureValid_OutOfRange_Throws() =>
        Assert.Equal("NFE must be between 4 and 64 (was 2).", Assert.Throws<ArgumentException>(() => new SynthesisOverrides(Nfe: 2).EnsureValid()).Message);

    [Fact]
    public void F5OptionsWith_Overrides_ReplaceOnlyTheGivenSettingsOnACopy()
    {
        var configured = new F5Options { Nfe = 7, CfgStrength = 2, SwayCoefficient = -1, Speed = 1, TargetRms = 0.2 };

        var applied = configured.With(new SynthesisOverrides(Nfe: 6, Speed: 1.25));

        Assert.Equal((6, 2f, -1f, 1.25, 0.2), (applied.Nfe, applied.CfgStrength, applied.SwayCoefficient, applied.Speed, applied.TargetRms));
        Assert.Equal(7, configured.Nfe);
    }

    [Fact]
    public void F5OptionsWith_NoOverrides_IsTheSameOptions()
    {
        var configured = new F5Options();

        Assert.Same(configured, configured.With(null));
        Assert.Same(configured, configured.With(SynthesisOverrides.None));
    }

    [Fact]
    public void F5OptionsWith_OutOfRange_Throws() =>
        Assert.Throws<ArgumentException>(() => new F5Options().With(new SynthesisOverrides(SwayCoefficient: -2)));
}
