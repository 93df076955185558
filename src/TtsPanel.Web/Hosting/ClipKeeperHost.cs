using TtsPanel.App.Tracker;

namespace TtsPanel.Web.Hosting;

/// <summary>
/// Runs the clip keeper's background writer for the life of the process. Registered before the synthesis worker's host,
/// it stops after it (hosts stop in reverse order), so the worker's last clips are written before the process exits.
/// </summary>
public sealed class ClipKeeperHost(ClipKeeper keeper) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => keeper.RunAsync(stoppingToken);

    /// <summary>Lets the writer finish the clips it was handed; the host's shutdown timeout still bounds the wait.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Completing the channel, rather than cancelling the loop first, drains it; only when the shutdown timeout
        // fires does the base class cancel what is left.
        keeper.Complete();
        if (ExecuteTask is { } writing)
            await writing.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await base.StopAsync(cancellationToken);
    }
}
