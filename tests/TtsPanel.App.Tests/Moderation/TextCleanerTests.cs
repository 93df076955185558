using TtsPanel.App.Moderation;

namespace TtsPanel.App.Tests.Moderation;

public class TextCleanerTests
{
    [Theory]
    [InlineData("a\u0000b\u0007c\u007Fd", "abcd")] // C0 and DEL
    [InlineData("a\u0085b\u009Fc", "abc")] // C1
    [InlineData("line\nbreak\ttab", "line break tab")]
    [InlineData("\u202Egnp.exe\u202C", "gnp.exe")] // right-to-left override
    [InlineData("a\u2066b\u2069c\u200Ed\u200Fe\u061Cf", "abcdef")] // isolates and marks
    [InlineData("z\u200Bw\u200Cs\u200Dp\u2060j\uFEFF", "zwspj")] // zero-width characters
    [InlineData("hi \U000E0000", "hi ")] // tag character appended by chat clients
    [InlineData("caf\uFFFD ok", "caf ok")] // where the chat connection met bytes that were not UTF-8
    public void StripInvisible_RemovesInvisibleCharacters(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.StripInvisible(text));

    [Fact]
    public void StripInvisible_UnpairedSurrogate_IsRemoved() =>
        // A Fact, not InlineData: test discovery would turn the lone surrogate into U+FFFD before the test sees it.
        Assert.Equal("ab", TextCleaner.StripInvisible("a\uD83Db"));

    [Fact]
    public void ReplaceUnpairedSurrogates_ReplacesOnlyTheUnpairedOnes() =>
        // A Fact, not InlineData, for the same reason as above.
        Assert.Equal("a\uFFFDb😀\uFFFD", TextCleaner.ReplaceUnpairedSurrogates("a\uDC00b😀\uD83D"));

    [Theory]
    [InlineData("😀 🇩🇪 𝄞")] // surrogate pairs
    [InlineData("cafe\u0301 n\u0303")] // combining marks, not composed
    [InlineData("مرحبا بالعالم")] // Arabic without overrides
    [InlineData("שלום עולם")] // Hebrew
    public void StripInvisible_VisibleText_IsKeptAsWritten(string text) =>
        Assert.Equal(text, TextCleaner.StripInvisible(text));

    [Theory]
    [InlineData("soooooo", "sooo")]
    [InlineData("!!!!!!!", "!!!")]
    [InlineData("hahahaha", "hahahaha")]
    [InlineData("1000000", "1000000")]
    [InlineData("😀😀😀😀😀", "😀😀😀")]
    public void CollapseRepeats_LongRuns_AreShortenedToTheMaximum(string text, string expected) =>
        Assert.Equal(expected, TextCleaner.CollapseRepeats(text, 3));

    [Fact]
    public void RemoveEmotes_CountsCodePointsNotUtf16Units()
    {
        // Twitch counts "😀" as one position, so "Kappa" is at 2–6 although it starts at UTF-16 index 3.
        Assert.Equal("😀       hi", TextCleaner.RemoveEmotes("😀 Kappa hi", [2..7]));
    }

    [Fact]
    public void CollapseWhitespace_TrimsAndJoinsRuns() =>
        Assert.Equal("a b c", TextCleaner.CollapseWhitespace("  a \u00A0 b\t\tc  "));
}
