using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.Tests.F5.Text;

public class F5TokenizerTests
{
    private static readonly F5Tokenizer Tokenizer =
        new(F5Vocabulary.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "f5-vocab", "vocab-prefix.txt")));

    [Fact]
    public void Encode_SpecWorkedExample_GivesTheReferenceIds()
    {
        // Inference spec §2.5: the official English reference transcript, prepared as §2.2 says, then "I don't".
        var transcript = ReferenceText.ForModel(ReferenceText.Normalize("Some call me nature, others call me mother nature."));

        var ids = Tokenizer.Encode(transcript + "I don't");

        int[] expected =
        [
            50, 827, 704, 325, 0, 143, 62, 615, 615, 0, 704, 325, 0, 765, 62, 1082, 1147, 940, 325, 12, 0, 827, 1082, 441,
            325, 940, 973, 0, 143, 62, 615, 615, 0, 704, 325, 0, 704, 827, 1082, 441, 325, 940, 0, 765, 62, 1082, 1147, 940,
            325, 14, 0, 0, 40, 0, 250, 827, 765, 7, 1082,
        ];
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("hello,world", "hello, world")]
    [InlineData("(hello)", "( hello)")]
    [InlineData("state-of-the-art", "state- of- the- art")]
    [InlineData("don't", "don't")]
    [InlineData("pi is 3.14 today", "pi is 3.14 today")]
    [InlineData("wait...what", "wait ... what")]
    [InlineData("ab;cd “hi”", "ab, cd \"hi\"")]
    public void Tokenize_LatinText_InsertsSpacesAsTheReferenceSplitterDoes(string text, string expected) =>
        Assert.Equal(expected, string.Concat(Tokenizer.Tokenize(text)));

    [Fact]
    public void Tokenize_HanCharacter_IsASpaceThenTheCharacter() =>
        Assert.Equal(["h", "i", " ", "你"], Tokenizer.Tokenize("hi你"));

    [Fact]
    public void Encode_CharacterOutsideTheVocabulary_IsZero() =>
        Assert.Equal([0, 0], Tokenizer.Encode("<|"));
}
