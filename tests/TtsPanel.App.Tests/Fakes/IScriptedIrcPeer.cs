namespace TtsPanel.App.Tests.Fakes;

/// <summary>The server's side of one scripted client connection, whatever carries it (TCP or a WebSocket).</summary>
internal interface IScriptedIrcPeer
{
    /// <summary>Sends one IRC line; the line ending is added.</summary>
    Task SendAsync(string line);

    /// <summary>Reads the client's lines until one starts with <paramref name="prefix"/> (at most 10 s) and returns it.</summary>
    Task<string> WaitForAsync(string prefix);
}
