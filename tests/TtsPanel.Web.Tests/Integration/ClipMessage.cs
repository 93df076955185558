namespace TtsPanel.Web.Tests.Integration;

/// <summary>The ClipReady payload as a SignalR client outside the panel reads it.</summary>
public sealed record ClipMessage(Guid Id, long Sequence, string Text, byte[] Wav);
