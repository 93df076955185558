using System.Text;

namespace TtsPanel.Engine.F5.Text;

/// <summary>
/// The model's token list: one token per line of a UTF-8 file, the id being the 0-based line number. A character the
/// vocabulary lacks gets id 0 (the space), as the reference tokenizer does.
/// </summary>
public sealed class F5Vocabulary
{
    private readonly Dictionary<string, int> _ids;

    private F5Vocabulary(Dictionary<string, int> ids, int count)
    {
        _ids = ids;
        Count = count;
    }

    /// <summary>Number of tokens (lines); the model's text embedding has one more row, for the filler token.</summary>
    public int Count { get; }

    /// <summary>Reads a vocabulary file; CRLF line ends are accepted like LF.</summary>
    /// <exception cref="InvalidDataException">The file is empty.</exception>
    public static F5Vocabulary Load(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (text.Length == 0)
            throw new InvalidDataException($"{path}: the vocabulary file is empty.");
        return FromText(text);
    }

    /// <summary>Builds the vocabulary from the file's text: every line ending in a newline is one token.</summary>
    public static F5Vocabulary FromText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        // The reference drops each line's last character (its newline); a final line without one is still a token.
        var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var ids = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var id = 0; id < count; id++)
            ids[lines[id]] = id; // a repeated token keeps its last line's id, as a Python dict built in order does
        return new F5Vocabulary(ids, count);
    }

    /// <summary>The id of <paramref name="token"/>, or 0 when the vocabulary lacks it.</summary>
    public int IdOf(string token) => _ids.GetValueOrDefault(token, 0);

    /// <summary>Whether <paramref name="token"/> has an id of its own.</summary>
    public bool Contains(string token) => _ids.ContainsKey(token);
}
