namespace TtsPanel.App.Storage;

/// <summary>The database could not be opened or used; the message names the file.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
