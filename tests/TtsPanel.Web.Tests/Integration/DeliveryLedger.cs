using TtsPanel.App.Queue;
using TtsPanel.Web.Api.Webhook;

namespace TtsPanel.Web.Tests.Integration;

/// <summary>
/// The crash test's record of both ends, kept across panel runs: what the webhook acknowledged (the sender's side) and
/// what overlays started and reported finished (the listener's side); then the verdict against the database.
/// </summary>
public sealed class DeliveryLedger
{
    private readonly Lock _gate = new();
    private readonly List<FedMessage> _sent = [];
    private readonly Dictionary<FedMessage, Guid> _acknowledged = [];
    private readonly List<Guid> _firstStarts = [];
    private readonly HashSet<Guid> _started = [];
    private readonly HashSet<Guid> _finished = [];
    private readonly List<string> _twice = [];

    public int SentCount
    {
        get
        {
            lock (_gate)
                return _sent.Count;
        }
    }

    /// <summary>Acknowledged messages not yet reported finished by an overlay.</summary>
    public int Unspoken
    {
        get
        {
            lock (_gate)
                return _acknowledged.Values.Count(id => !_finished.Contains(id));
        }
    }

    /// <summary>A new message to send, in an ordinary or the bits lane.</summary>
    public FedMessage Next(Random random)
    {
        lock (_gate)
        {
            var message = new FedMessage(_sent.Count, $"crash-{Guid.NewGuid():N}", random.Next(3) == 0 ? "bits" : "ordinary");
            _sent.Add(message);
            return message;
        }
    }

    /// <summary>The most recently acknowledged message, to send again as a tool retrying would; null before any.</summary>
    public FedMessage? LastAcknowledged()
    {
        lock (_gate)
            return _acknowledged.Keys.MaxBy(m => m.Index);
    }

    /// <summary>The webhook answered <paramref name="message"/> with <paramref name="id"/>; a second, different id is a duplicate item.</summary>
    public void Acknowledged(FedMessage message, Guid id)
    {
        lock (_gate)
        {
            if (_acknowledged.TryGetValue(message, out var earlier) && earlier != id)
                _twice.Add($"Message {message.Index} (key {message.Key}) was queued twice: {earlier} and {id}.");
            _acknowledged.TryAdd(message, id);
        }
    }

    /// <summary>An overlay is about to play <paramref name="id"/>.</summary>
    public void Starting(Guid id)
    {
        lock (_gate)
        {
            if (_finished.Contains(id))
                _twice.Add($"Item {id} was sent to play again after an overlay reported its end.");
            if (_started.Add(id))
                _firstStarts.Add(id);
        }
    }

    /// <summary>The panel took an overlay's report that <paramref name="id"/> played to its end.</summary>
    public void Finished(Guid id)
    {
        lock (_gate)
        {
            if (!_finished.Add(id))
                _twice.Add($"Item {id} was reported finished twice.");
        }
    }

    /// <summary>
    /// Judges the run: every acknowledged message played to its end or finished in <paramref name="store"/> (looked up
    /// by its key, with its id), none twice, and within each lane first played in sending order.
    /// </summary>
    public DeliveryVerdict Judge(QueueStore store)
    {
        lock (_gate)
        {
            var lost = _acknowledged
                .Where(a => !IsAccountedFor(store, a.Key, a.Value))
                .Select(a => $"Message {a.Key.Index} ({a.Key.Priority}, item {a.Value}) was acknowledged and then lost.")
                .ToList();
            return new DeliveryVerdict(_acknowledged.Count, _acknowledged.Values.Count(_finished.Contains), lost, _twice.ToList(), OutOfOrder());
        }
    }

    private bool IsAccountedFor(QueueStore store, FedMessage message, Guid id) =>
        _finished.Contains(id) || store.FindFinished(WebhookIntake.KeyPrefix + message.Key)?.Id == id;

    private List<string> OutOfOrder()
    {
        var messages = _acknowledged.ToDictionary(a => a.Value, a => a.Key);
        var lastIndex = new Dictionary<string, int>();
        List<string> problems = [];
        foreach (var message in _firstStarts.Where(messages.ContainsKey).Select(id => messages[id]))
        {
            if (lastIndex.TryGetValue(message.Priority, out var last) && message.Index < last)
                problems.Add($"Message {message.Index} ({message.Priority}) first played after message {last} of its lane.");
            lastIndex[message.Priority] = Math.Max(last, message.Index);
        }

        return problems;
    }
}
