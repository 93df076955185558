namespace TtsPanel.App.Tests.Fakes;

/// <summary>Twitch's side of a login, shared by the scripted TCP and WebSocket servers.</summary>
internal static class TwitchLoginScript
{
    /// <summary>Answers the client's login the way Twitch does, up to the JOIN of every channel.</summary>
    public static async Task AnswerAsync(IScriptedIrcPeer peer, string[] channels)
    {
        var nick = (await peer.WaitForAsync("NICK "))[5..];
        await peer.SendAsync(":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands");
        await peer.SendAsync($":tmi.twitch.tv 001 {nick} :Welcome, GLHF!");
        foreach (var channel in channels)
        {
            await peer.WaitForAsync($"JOIN {channel}");
            await peer.SendAsync($":{nick}!{nick}@{nick}.tmi.twitch.tv JOIN {channel}");
        }
    }
}
