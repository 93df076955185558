using Microsoft.Extensions.Logging;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Tracker;

namespace TtsPanel.App.Tests.Tracker;

public sealed class ClipKeeperTests : IAsyncLifetime
{
    private readonly PanelFixture _panel = new();
    private readonly ListLogger<ClipKeeper> _log = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _panel.DisposeAsync();

    private static byte[] Wav(byte marker) => [82, 73, 70, 70, marker];

    /// <summary>A keeper whose writer is not running, unlike the fixture's: what it writes, it writes in the caller.</summary>
    private ClipKeeper IdleKeeper() => new(_panel.Clips, _log);

    [Fact]
    public async Task Keep_WhileRunning_WritesTheClipInTheBackground()
    {
        var id = Guid.NewGuid();

        _panel.Keeper.Keep(id, Wav(1));

        Assert.Equal(Wav(1), await _panel.WaitForClipAsync(id));
    }

    [Fact]
    public async Task RunAsync_AtStart_DeletesPartsLeftByAnInterruptedWrite()
    {
        Directory.CreateDirectory(_panel.Clips.Folder);
        var leftover = Path.Combine(_panel.Clips.Folder, $"{Guid.NewGuid()}.wav.part");
        File.WriteAllBytes(leftover, Wav(9));
        var keeper = IdleKeeper();
        keeper.Complete();

        await keeper.RunAsync(CancellationToken.None);

        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public void Keep_WriterNotRunning_LeavesTheClipToIt()
    {
        var id = Guid.NewGuid();

        IdleKeeper().Keep(id, Wav(1));

        Assert.False(_panel.Clips.Exists(id));
    }

    [Fact]
    public void Keep_ChannelFull_SavesTheClipAtOnce()
    {
        var keeper = IdleKeeper();
        var waiting = Enumerable.Range(0, ClipKeeper.Capacity).Select(_ => Guid.NewGuid()).ToList();
        waiting.ForEach(id => keeper.Keep(id, Wav(1)));
        var overflow = Guid.NewGuid();

        keeper.Keep(overflow, Wav(2));

        Assert.Equal(Wav(2), _panel.Clips.Read(overflow));
        Assert.DoesNotContain(waiting, _panel.Clips.Exists);
    }

    [Fact]
    public void Keep_AfterComplete_SavesTheClipAtOnce()
    {
        var keeper = IdleKeeper();
        keeper.Complete();
        var id = Guid.NewGuid();

        keeper.Keep(id, Wav(3));

        Assert.Equal(Wav(3), _panel.Clips.Read(id));
    }

    [Fact]
    public async Task RunAsync_Completed_WritesEveryClipHandedOverThenEnds()
    {
        var keeper = IdleKeeper();
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        ids.ForEach(id => keeper.Keep(id, Wav(4)));
        keeper.Complete();

        await keeper.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(ids, id => Assert.Equal(Wav(4), _panel.Clips.Read(id)));
    }

    [Fact]
    public async Task RunAsync_Cancelled_WarnsHowManyClipsWereNotKept()
    {
        var keeper = IdleKeeper();
        keeper.Keep(Guid.NewGuid(), Wav(5));
        keeper.Keep(Guid.NewGuid(), Wav(6));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => keeper.RunAsync(new CancellationToken(canceled: true)));

        Assert.Equal([(LogLevel.Warning, "2 clips not kept for rating: the panel stopped before they were written")], _log.Entries);
    }

    [Fact]
    public void Keep_FolderCannotBeWritten_LogsThePathAndThrowsNothing()
    {
        File.WriteAllBytes(_panel.Clips.Folder, []);
        var keeper = IdleKeeper();
        keeper.Complete();
        var id = Guid.NewGuid();

        keeper.Keep(id, Wav(7));

        var (level, message) = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.StartsWith($"Clip of record {id} not kept for rating at {_panel.Clips.PathOf(id)}: ", message, StringComparison.Ordinal);
    }
}
