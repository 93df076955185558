namespace TtsPanel.Engine.Abstractions;

/// <summary>Thrown when a request reaches an engine that cannot synthesize; the message says why.</summary>
public sealed class EngineUnavailableException(string message) : Exception(message);
