using TtsPanel.App.History;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class RatingServiceTests : IDisposable
{
    private readonly PanelFixture _panel = new();
    private readonly RatingRepository _ratings;
    private readonly RatingService _service;

    public RatingServiceTests()
    {
        _ratings = new RatingRepository(_panel.Database);
        _service = new RatingService(_panel.History, _ratings, _panel.Time);
    }

    public void Dispose() => _panel.Dispose();

    private SynthesisRecord AddRecord(string configurationId = "cfg-a")
    {
        var record = new SynthesisRecord { Id = Guid.NewGuid(), CreatedAt = _panel.Time.GetUtcNow().UtcDateTime, ConfigurationId = configurationId };
        _panel.History.Add(record);
        return record;
    }

    [Fact]
    public void Rate_ValidScore_StoresItWithTheRecordsConfiguration()
    {
        var record = AddRecord("cfg-7");

        var outcome = _service.Rate(record.Id, 4, "  a little metallic ");

        Assert.Null(outcome.Error);
        var stored = _ratings.Find(record.Id)!;
        Assert.Equal((4, "a little metallic", "cfg-7"), (stored.Score, stored.Note, stored.ConfigurationId));
        Assert.Equal(_panel.Time.GetUtcNow().UtcDateTime, stored.RatedAt);
    }

    [Fact]
    public void Rate_Again_ReplacesTheEarlierRating()
    {
        var record = AddRecord();
        _service.Rate(record.Id, 2, null);

        _service.Rate(record.Id, 5, null);

        Assert.Equal(5, _ratings.Find(record.Id)!.Score);
        Assert.Equal(1, _ratings.Summarize("cfg-a").Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Rate_ScoreOutOfRange_IsRefusedNamingTheRange(int score)
    {
        var record = AddRecord();

        var outcome = _service.Rate(record.Id, score, null);

        Assert.Equal(new RatingError(RatingErrorKind.Invalid, "score", $"score must be a whole number from 1 to 5 (was {score})."), outcome.Error);
        Assert.Null(_ratings.Find(record.Id));
    }

    [Fact]
    public void Rate_NoteOverTheLimit_IsRefused()
    {
        var record = AddRecord();

        var outcome = _service.Rate(record.Id, 3, new string('x', 501));

        Assert.Equal(new RatingError(RatingErrorKind.Invalid, "note", "note is 501 characters long; the limit is 500."), outcome.Error);
    }

    [Fact]
    public void Rate_UnknownRecord_IsRefusedNamingTheId()
    {
        var id = Guid.NewGuid();

        var outcome = _service.Rate(id, 3, null);

        Assert.Equal(new RatingError(RatingErrorKind.UnknownRecord, "recordId", $"No synthesis record has the id {id}."), outcome.Error);
    }

    [Fact]
    public void Summarize_GroupsByConfiguration()
    {
        _service.Rate(AddRecord("cfg-a").Id, 3, null);
        _service.Rate(AddRecord("cfg-a").Id, 5, null);
        _service.Rate(AddRecord("cfg-b").Id, 1, null);

        Assert.Equal((2, 4.0), (_ratings.Summarize("cfg-a").Count, _ratings.Summarize("cfg-a").Mean));
        Assert.Equal((1, 1.0), (_ratings.Summarize("cfg-b").Count, _ratings.Summarize("cfg-b").Mean));
    }
}
