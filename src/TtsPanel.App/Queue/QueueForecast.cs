namespace TtsPanel.App.Queue;

/// <summary>The predicted schedule of the unfinished queue items.</summary>
/// <param name="Items">Each unfinished item's forecast, by item id.</param>
/// <param name="BacklogSeconds">Seconds from now until the last unfinished item has played.</param>
public sealed record QueueForecast(IReadOnlyDictionary<Guid, ItemForecast> Items, double BacklogSeconds)
{
    public static QueueForecast Empty { get; } = new(new Dictionary<Guid, ItemForecast>(), 0);
}
