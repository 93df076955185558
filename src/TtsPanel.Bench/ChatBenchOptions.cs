namespace TtsPanel.Bench;

/// <summary>Arguments of <c>chat</c>: the chat path (parse → moderate → persist) and LiteDB's checkpoint alone.</summary>
/// <param name="Messages">Twitch <c>!tts</c> lines pushed through the whole path, each one stored.</param>
/// <param name="Users">Distinct senders the lines come from.</param>
/// <param name="Writes">Stores of one queue-sized document timed with and without a checkpoint.</param>
/// <param name="Flood">Lines in each of the two floods whose memory is measured; 0 leaves them out.</param>
public sealed record ChatBenchOptions(int Messages, int Users, int Writes, int Flood)
{
    public const string Usage =
        "chat [--messages 5000] [--users 500] [--writes 1000] [--flood 10000]\n" +
        "  Pushes Twitch lines through parse → moderate → persist (LiteDB with its checkpoint per write) in a temporary\n" +
        "  folder and prints lines/s and the p50/p99 per message; then times one store with and without the checkpoint;\n" +
        "  then sends two floods of --flood lines from 1000 viewers under the panel's default limits and prints the\n" +
        "  managed heap after each (0 skips the floods).";

    /// <summary>Parses <paramref name="args"/> (after the command name); a bad argument fails with a message naming it.</summary>
    /// <exception cref="ArgumentException">An option is unknown, missing its value or out of range.</exception>
    public static ChatBenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = OptionValues.Parse(args, Known);
        // 10 000: the most a queue may hold (Queue:MaxItems), and every message stays in it.
        return new ChatBenchOptions(values.Number("messages", 5_000, 1, 10_000), values.Number("users", 500, 1, 10_000),
            values.Number("writes", 1_000, 1, 100_000), values.Number("flood", 10_000, 0, 1_000_000));
    }

    private static readonly HashSet<string> Known = ["messages", "users", "writes", "flood"];
}
