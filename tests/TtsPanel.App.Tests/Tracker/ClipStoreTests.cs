using TtsPanel.App.History;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class ClipStoreTests : IDisposable
{
    private readonly PanelFixture _panel = new();

    public void Dispose() => _panel.Dispose();

    private static byte[] Wav(byte marker) => [82, 73, 70, 70, marker];

    /// <summary>Saves a clip per id, one minute apart, oldest first.</summary>
    private List<Guid> SaveClips(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            _panel.Clips.Save(id, Wav((byte)index));
            _panel.Time.Advance(TimeSpan.FromMinutes(1));
        }

        return ids;
    }

    [Fact]
    public void Save_WritesTheClipUnderTheDataFolderNamedByRecordId()
    {
        var id = Guid.NewGuid();

        _panel.Clips.Save(id, Wav(7));

        Assert.Equal(Path.Combine(_panel.DataDirectory, "clips", $"{id}.wav"), Directory.GetFiles(_panel.Clips.Folder).Single());
        Assert.Equal(Wav(7), _panel.Clips.Read(id));
    }

    [Fact]
    public void Prune_PartLeftByAnInterruptedWrite_IsDeletedAndClipsStay()
    {
        var kept = SaveClips(1).Single();
        var leftover = Path.Combine(_panel.Clips.Folder, $"{Guid.NewGuid()}.wav.part");
        File.WriteAllBytes(leftover, Wav(9));

        Assert.Equal(0, _panel.Clips.Prune());

        Assert.False(File.Exists(leftover));
        Assert.True(_panel.Clips.Exists(kept));
    }

    [Fact]
    public void Save_PastTheCountLimit_DeletesTheOldestFirst()
    {
        _panel.RatingsOptions.MaxClips = 3;

        var ids = SaveClips(5);

        Assert.Equal([false, false, true, true, true], ids.Select(_panel.Clips.Exists));
    }

    [Fact]
    public void Save_PastTheAgeLimit_DeletesOlderClips()
    {
        _panel.RatingsOptions.MaxClipAgeDays = 2;
        var old = SaveClips(2);
        _panel.Time.Advance(TimeSpan.FromDays(2));

        var fresh = SaveClips(1);

        Assert.Equal([false, false, true], old.Concat(fresh).Select(_panel.Clips.Exists));
    }

    [Fact]
    public void Save_WithoutLimits_KeepsEverything()
    {
        (_panel.RatingsOptions.MaxClips, _panel.RatingsOptions.MaxClipAgeDays) = (0, 0);
        var ids = SaveClips(4);
        _panel.Time.Advance(TimeSpan.FromDays(400));

        Assert.Equal(0, _panel.Clips.Prune());
        Assert.All(ids, id => Assert.True(_panel.Clips.Exists(id)));
    }

    [Fact]
    public void Prune_DeletedClip_KeepsItsRating()
    {
        _panel.RatingsOptions.MaxClips = 1;
        var record = new SynthesisRecord { Id = Guid.NewGuid(), ConfigurationId = "cfg" };
        _panel.History.Add(record);
        _panel.Clips.Save(record.Id, Wav(1));
        var ratings = new RatingRepository(_panel.Database);
        new RatingService(_panel.History, ratings, _panel.Time).Rate(record.Id, 4, "clear");
        _panel.Time.Advance(TimeSpan.FromMinutes(1));

        _panel.Clips.Save(Guid.NewGuid(), Wav(2));

        Assert.False(_panel.Clips.Exists(record.Id));
        Assert.Null(_panel.Clips.Read(record.Id));
        Assert.Equal(4, ratings.Find(record.Id)!.Score);
    }
}
