using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.Tests.F5.Text;

public class F5VocabularyTests
{
    [Fact]
    public void FromText_CrlfLines_AreTheSameTokens()
    {
        var vocabulary = F5Vocabulary.FromText(" \r\na\r\nb\r\n");

        Assert.Equal(3, vocabulary.Count);
        Assert.Equal(2, vocabulary.IdOf("b"));
    }

    [Fact]
    public void FromText_RepeatedToken_KeepsItsLastId() =>
        Assert.Equal(2, F5Vocabulary.FromText(" \na\na\n").IdOf("a"));

    [Fact]
    public void IdOf_UnknownToken_IsZero() => Assert.Equal(0, F5Vocabulary.FromText(" \na\n").IdOf("zz"));

    [Fact]
    public void Load_PublishedPrefix_Has1415Tokens()
    {
        var vocabulary = F5Vocabulary.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "f5-vocab", "vocab-prefix.txt"));

        Assert.Equal(1415, vocabulary.Count);
        Assert.Equal(0, vocabulary.IdOf(" "));
        Assert.Equal(50, vocabulary.IdOf("S"));
    }

    [Fact]
    public void Load_EmptyFile_NamesTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => F5Vocabulary.Load(path));
            Assert.Equal($"{path}: the vocabulary file is empty.", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
