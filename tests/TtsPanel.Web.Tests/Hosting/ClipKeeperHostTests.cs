using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;
using TtsPanel.Web.Hosting;

namespace TtsPanel.Web.Tests.Hosting;

public sealed class ClipKeeperHostTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-keeper-").FullName;
    private readonly ClipStore _clips;
    private readonly ClipKeeper _keeper;

    public ClipKeeperHostTests()
    {
        _clips = new ClipStore(Options.Create(new StorageOptions { DataDirectory = _directory }), Options.Create(new RatingsOptions()),
            TimeProvider.System, NullLogger<ClipStore>.Instance);
        _keeper = new ClipKeeper(_clips, NullLogger<ClipKeeper>.Instance);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task StopAsync_ClipsStillWaiting_AreAllWrittenBeforeItReturns()
    {
        using var host = new ClipKeeperHost(_keeper);
        await host.StartAsync(CancellationToken.None);
        // A full channel handed over just before the stop: a stop that cancelled the writer would leave some unwritten.
        var ids = Enumerable.Range(0, ClipKeeper.Capacity).Select(_ => Guid.NewGuid()).ToList();
        ids.ForEach(id => _keeper.Keep(id, [82, 73, 70, 70]));

        await host.StopAsync(CancellationToken.None);

        Assert.All(ids, id => Assert.True(_clips.Exists(id), $"The clip of {id} was not written."));
    }

    [Fact]
    public async Task StopAsync_ThenKeep_WritesTheClipInTheCaller()
    {
        using var host = new ClipKeeperHost(_keeper);
        await host.StartAsync(CancellationToken.None);
        await host.StopAsync(CancellationToken.None);
        var id = Guid.NewGuid();

        _keeper.Keep(id, [82, 73, 70, 70]);

        Assert.True(_clips.Exists(id));
    }
}
