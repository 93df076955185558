using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.Tests.F5.Text;

public class ReferenceTextTests
{
    [Theory]
    [InlineData("mother nature.", "mother nature. ")]
    [InlineData("mother nature", "mother nature. ")]
    [InlineData("mother nature. ", "mother nature. ")]
    [InlineData("你好。", "你好。")]
    [InlineData("really?", "really?. ")]
    public void Normalize_EndsWithASentenceBreak(string transcript, string expected) =>
        Assert.Equal(expected, ReferenceText.Normalize(transcript));

    [Theory]
    [InlineData("nature. ", "nature.  ")]
    [InlineData("你好。", "你好。")]
    public void ForModel_AddsASpaceAfterAOneByteCharacter(string normalized, string expected) =>
        Assert.Equal(expected, ReferenceText.ForModel(normalized));
}
