namespace TtsPanel.App.Tests.Fakes;

/// <summary>One request the <see cref="YouTubeApiServer"/> received.</summary>
/// <param name="At">When it arrived, on the test's clock.</param>
internal sealed record YouTubeApiRequest(string Path, IReadOnlyDictionary<string, string> Query, string RawQuery, string ApiKeyHeader, DateTimeOffset At)
{
    public string? Param(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
