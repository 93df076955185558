namespace TtsPanel.App.Chat.Twitch;

/// <summary>One parsed IRC line: IRCv3 tags (unescaped), prefix, command (uppercase) and parameters, the trailing one last.</summary>
public sealed record IrcMessage(IReadOnlyDictionary<string, string> Tags, string? Prefix, string Command, IReadOnlyList<string> Parameters)
{
    /// <summary>The nick of the prefix (<c>nick!user@host</c>, or the whole prefix of a server); null without a prefix.</summary>
    public string? Nick => Prefix is null ? null : Prefix[..IndexOfAnyOrEnd(Prefix, '!', '@')];

    /// <summary>A tag's unescaped value; null when the tag is absent. A tag sent without a value reads as empty.</summary>
    public string? Tag(string key) => Tags.TryGetValue(key, out var value) ? value : null;

    /// <summary>Parameter <paramref name="index"/>, or null when the line has fewer.</summary>
    public string? Parameter(int index) => index < Parameters.Count ? Parameters[index] : null;

    private static int IndexOfAnyOrEnd(string text, char first, char second)
    {
        var index = text.AsSpan().IndexOfAny(first, second);
        return index < 0 ? text.Length : index;
    }
}
