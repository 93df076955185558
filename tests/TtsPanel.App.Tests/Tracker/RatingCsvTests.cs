using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public class RatingCsvTests
{
    private static QualityRating Rating(int score, string? note) => new()
    {
        RecordId = Guid.NewGuid(), ConfigurationId = "3f2a9c01b7de", Score = score, Note = note,
        RatedAt = new DateTime(2026, 11, 25, 1, 2, 3, 456, DateTimeKind.Utc),
    };

    [Fact]
    public void Write_ThenRead_GivesBackEveryField()
    {
        QualityRating[] ratings = [Rating(5, "clear, \"warm\"\r\nslightly fast"), Rating(1, null)];
        var text = new StringWriter();

        RatingCsv.Write(ratings, text);
        var read = RatingCsv.Read(new StringReader(text.ToString()));

        Assert.Equal(2, read.Count);
        for (var i = 0; i < ratings.Length; i++)
        {
            Assert.Equal(ratings[i].RecordId, read[i].RecordId);
            Assert.Equal(ratings[i].ConfigurationId, read[i].ConfigurationId);
            Assert.Equal(ratings[i].Score, read[i].Score);
            Assert.Equal(ratings[i].Note, read[i].Note);
            Assert.Equal(ratings[i].RatedAt, read[i].RatedAt);
        }
    }

    [Fact]
    public void Write_NoteWithCommaQuoteAndLineBreak_IsOneQuotedField() =>
        Assert.EndsWith(",5,\"a, \"\"b\"\"\nc\",2026-11-25T01:02:03.4560000Z\r\n", Written(Rating(5, "a, \"b\"\nc")));

    [Fact]
    public void Read_BadScore_NamesTheRow()
    {
        var text = Written(Rating(3, null)).Replace(",3,", ",three,");

        var error = Assert.Throws<FormatException>(() => RatingCsv.Read(new StringReader(text)));

        Assert.StartsWith("Row 2:", error.Message);
    }

    [Fact]
    public void Read_OtherHeader_SaysWhichHeaderIsExpected()
    {
        var error = Assert.Throws<FormatException>(() => RatingCsv.Read(new StringReader("id,score\r\n")));

        Assert.Equal("The first row must be the header: recordId,configurationId,score,note,ratedAt.", error.Message);
    }

    private static string Written(QualityRating rating)
    {
        var text = new StringWriter();
        RatingCsv.Write([rating], text);
        return text.ToString();
    }
}
