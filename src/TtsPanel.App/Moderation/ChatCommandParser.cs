namespace TtsPanel.App.Moderation;

/// <summary>Recognises the panel's chat commands (<c>!skip</c>, <c>!voice name</c>, …), any case.</summary>
public static class ChatCommandParser
{
    /// <summary>
    /// The command <paramref name="text"/> starts with, or null; <paramref name="argument"/> is the trimmed rest of the
    /// text, empty when there is none.
    /// </summary>
    public static ChatCommand? Parse(string text, out string argument)
    {
        argument = "";
        if (!text.StartsWith('!'))
            return null;
        var space = text.IndexOf(' ');
        var name = space < 0 ? text[1..] : text[1..space];
        ChatCommand? command = name.ToLowerInvariant() switch
        {
            "skip" => ChatCommand.Skip,
            "pause" => ChatCommand.Pause,
            "resume" => ChatCommand.Resume,
            "clear" => ChatCommand.Clear,
            "voice" => ChatCommand.Voice,
            _ => null,
        };
        if (command is not null && space >= 0)
            argument = text[(space + 1)..].Trim();
        return command;
    }
}
