using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public class RatingsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => Assert.True(new RatingsOptionsValidator().Validate(null, new RatingsOptions()).Succeeded);

    [Fact]
    public void Validate_Negative_NamesKeyAndValue()
    {
        var result = new RatingsOptionsValidator().Validate(null, new RatingsOptions { MaxClips = -1, MaxClipAgeDays = 5_000 });

        Assert.Equal(
            ["Ratings:MaxClips must be between 0 and 1000000 (was -1).", "Ratings:MaxClipAgeDays must be between 0 and 3650 (was 5000)."],
            result.Failures);
    }
}
