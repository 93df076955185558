namespace TtsPanel.App.Tracker.Listening;

/// <summary>Either the pair to listen to or the problems, by field (<c>text</c>, <c>voice</c>, <c>first</c>, <c>second</c>, <c>synthesis</c>).</summary>
public sealed record AbStartResult(AbSession? Session, IReadOnlyDictionary<string, string> Errors)
{
    public static AbStartResult Started(AbSession session) => new(session, new Dictionary<string, string>());

    public static AbStartResult Failed(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
