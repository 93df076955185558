using TtsPanel.App.Chat;

namespace TtsPanel.Web.Hosting;

/// <summary>
/// Runs every registered chat source for the life of the process and feeds its events to <see cref="ChatIngestion"/>.
/// A source that stops or fails leaves the others and the panel running; its status on the dashboard says why.
/// </summary>
public sealed class ChatIngestionHost(IEnumerable<IChatSource> sources, ChatIngestion ingestion, ILogger<ChatIngestionHost> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(sources.Select(source => RunAsync(source, stoppingToken)));

    private async Task RunAsync(IChatSource source, CancellationToken stoppingToken)
    {
        // Whether the source reads anything is its own business: a supervised one logs when a client starts and stops.
        // Reading runs alongside the connection; the source completes its events when RunAsync returns.
        var reading = ingestion.ReadAsync(source, stoppingToken);
        try
        {
            await source.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The panel is stopping.
        }
        catch (Exception e)
        {
            // A hosted service that throws stops the whole panel: a broken chat source must only stop itself.
            logger.LogError(e, "Chat source {Source} stopped with an error", source.Name);
        }

        try
        {
            // Events the source delivered before it stopped are still carried out.
            await reading;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The panel is stopping.
        }
    }
}
