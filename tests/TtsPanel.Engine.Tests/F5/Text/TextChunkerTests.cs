using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.Tests.F5.Text;

public class TextChunkerTests
{
    [Fact]
    public void MaxChunkBytes_SpecExample_Is175()
    {
        // Spec §4.1: 51 bytes of transcript, 119110 samples (4.963 s) of reference → 51 / 4.963 × 17.037 = 175.08 → 175.
        var bytes = TextChunker.MaxChunkBytes("Some call me nature, others call me mother nature. ", 119_110 / 24_000.0, 1.0);

        Assert.Equal(175, bytes);
    }

    [Fact]
    public void Chunk_PacksSentencesGreedilyByBytes()
    {
        // "One, two." is 9 bytes + 1 space; "Three four." 11 + 1: together 22 > 20, so they part.
        var chunks = TextChunker.Chunk("One, two. Three four. Five.", maxBytes: 20);

        Assert.Equal(["One, two.", "Three four. Five."], chunks);
    }

    [Fact]
    public void Chunk_FirstChunkBudget_ShortensOnlyTheFirstChunk()
    {
        // "Welcome back," is 13 bytes + 1 space: within 15, and with "chat." (5) it would be 19. Later chunks get 40:
        // "chat. " (6) + "Today we build. " (16) = 22, and "Then we measure it." (19) would make 41.
        var chunks = TextChunker.Chunk("Welcome back, chat. Today we build. Then we measure it.", maxBytes: 40, firstChunkBytes: 15);

        Assert.Equal(["Welcome back,", "chat. Today we build.", "Then we measure it."], chunks);
    }

    [Fact]
    public void Chunk_FirstSentenceOverTheFirstBudget_IsTheFirstChunkWhole() =>
        Assert.Equal(["A long first sentence.", "Ok."], TextChunker.Chunk("A long first sentence. Ok.", maxBytes: 40, firstChunkBytes: 5));

    [Fact]
    public void FirstChunkBytes_ScalesTheReferenceRateBySecondsAndSpeed() =>
        // 20 bytes in 4 s: 5 bytes/s; 3 s at speed 1.5 → 22.5 → 22.
        Assert.Equal(22, TextChunker.FirstChunkBytes(new string('a', 20), referenceSeconds: 4, seconds: 3, speed: 1.5));

    [Fact]
    public void Chunk_PunctuationWithoutFollowingSpace_DoesNotSplit() =>
        Assert.Equal(["3.14,2.71 and so on."], TextChunker.Chunk("3.14,2.71 and so on.", maxBytes: 5));

    [Fact]
    public void Chunk_SentenceLongerThanTheBudget_IsAChunkOfItsOwn() =>
        Assert.Equal(["Hi.", "A very long sentence here.", "Ok."], TextChunker.Chunk("Hi. A very long sentence here. Ok.", maxBytes: 6));

    [Fact]
    public void Chunk_FullwidthPunctuation_SplitsWithoutSpace() =>
        Assert.Equal(["你好。", "再见。"], TextChunker.Chunk("你好。再见。", maxBytes: 9));

    [Fact]
    public void Chunk_SentenceOverTheLimit_IsCutAtSpacesIntoPiecesWithinIt()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i % 10}"));

        var chunks = TextChunker.Chunk(words, maxBytes: 100, sentenceLimitBytes: 300);

        Assert.All(chunks, c => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(c), 250, 300));
        Assert.Equal(words, string.Join(' ', chunks));
    }

    [Fact]
    public void Chunk_WordOverTheLimit_IsCutBetweenCharacters()
    {
        var word = string.Concat(Enumerable.Repeat("é", 25));

        var chunks = TextChunker.Chunk(word, maxBytes: 10, sentenceLimitBytes: 20);

        Assert.Equal([string.Concat(Enumerable.Repeat("é", 10)), string.Concat(Enumerable.Repeat("é", 10)), "ééééé"], chunks);
    }

    [Fact]
    public void Chunk_SentenceOverTheBudgetButWithinTheLimit_StaysWholeAsInTheReference() =>
        Assert.Equal(["one two three four five six"], TextChunker.Chunk("one two three four five six", maxBytes: 5, sentenceLimitBytes: 100));
}
