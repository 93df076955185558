using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace TtsPanel.App.Chat.Twitch;

/// <summary>
/// Parses one IRC line (RFC 1459 framing with IRCv3 message tags). A line the parser cannot make sense of is an expected
/// outcome on a public network, so it is reported as a value with the reason, never thrown.
/// </summary>
public static class IrcLineParser
{
    /// <summary>Parses <paramref name="line"/> (without its line ending; a trailing CR is tolerated).</summary>
    public static bool TryParse(string line, [NotNullWhen(true)] out IrcMessage? message, [NotNullWhen(false)] out string? error)
    {
        message = null;
        error = Parse(line.EndsWith('\r') ? line[..^1] : line, ref message);
        return error is null;
    }

    private static string? Parse(string line, ref IrcMessage? message)
    {
        if (line.Length == 0)
            return "The line is empty.";
        // CR, LF or NUL inside a line would let a parameter echoed back (PONG) smuggle a second command.
        var control = line.AsSpan().IndexOfAny('\r', '\n', '\0');
        if (control >= 0)
            return $"The line contains the control character U+{(int)line[control]:X4} at position {control}.";

        var position = 0;
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (line[0] == '@')
        {
            var tagsEnd = line.IndexOf(' ');
            if (tagsEnd < 0)
                return "The line has tags but no command.";
            ParseTags(line.AsSpan(1, tagsEnd - 1), tags);
            position = SkipSpaces(line, tagsEnd);
        }

        string? prefix = null;
        if (position < line.Length && line[position] == ':')
        {
            var prefixEnd = line.IndexOf(' ', position);
            if (prefixEnd < 0)
                return "The line has a prefix but no command.";
            prefix = line[(position + 1)..prefixEnd];
            if (prefix.Length == 0)
                return "The line has an empty prefix.";
            position = SkipSpaces(line, prefixEnd);
        }

        var commandEnd = line.IndexOf(' ', position) is var space and >= 0 ? space : line.Length;
        var command = line[position..commandEnd];
        if (!IsCommand(command))
            return command.Length == 0 ? "The line has no command." : $"'{command}' is not an IRC command (letters, or three digits).";

        var parameters = new List<string>();
        position = SkipSpaces(line, commandEnd);
        while (position < line.Length)
        {
            if (line[position] == ':')
            {
                parameters.Add(line[(position + 1)..]);
                break;
            }

            var end = line.IndexOf(' ', position) is var next and >= 0 ? next : line.Length;
            parameters.Add(line[position..end]);
            position = SkipSpaces(line, end);
        }

        message = new IrcMessage(tags, prefix, command.ToUpperInvariant(), parameters);
        return null;
    }

    private static void ParseTags(ReadOnlySpan<char> text, Dictionary<string, string> tags)
    {
        foreach (var range in text.Split(';'))
        {
            var tag = text[range];
            var equals = tag.IndexOf('=');
            var key = equals < 0 ? tag : tag[..equals];
            // An empty entry (";;" or a trailing ';') names nothing; skipping it keeps the rest of the tags usable.
            if (key.IsEmpty)
                continue;
            tags[key.ToString()] = equals < 0 ? "" : Unescape(tag[(equals + 1)..]);
        }
    }

    /// <summary>Undoes IRCv3 tag-value escaping; an unknown escape keeps its character and a lone trailing backslash is dropped.</summary>
    private static string Unescape(ReadOnlySpan<char> value)
    {
        if (value.IndexOf('\\') < 0)
            return value.ToString();
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                result.Append(value[i]);
                continue;
            }

            if (++i == value.Length)
                break;
            result.Append(value[i] switch
            {
                ':' => ';',
                's' => ' ',
                'r' => '\r',
                'n' => '\n',
                var other => other,
            });
        }

        return result.ToString();
    }

    private static bool IsCommand(string command) =>
        command.Length > 0 && (command.All(char.IsAsciiLetter) || (command.Length == 3 && command.All(char.IsAsciiDigit)));

    private static int SkipSpaces(string line, int position)
    {
        while (position < line.Length && line[position] == ' ')
            position++;
        return position;
    }
}
