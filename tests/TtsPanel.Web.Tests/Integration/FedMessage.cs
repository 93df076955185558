namespace TtsPanel.Web.Tests.Integration;

/// <summary>A message the crash test sends to the webhook: its place in sending order, its idempotency key and priority.</summary>
public sealed record FedMessage(int Index, string Key, string Priority)
{
    public string Text => $"Message {Index}.";
}
