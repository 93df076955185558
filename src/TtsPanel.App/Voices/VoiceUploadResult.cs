namespace TtsPanel.App.Voices;

/// <summary>The stored voice's id, or the problems that stopped it, by field (<c>name</c>, <c>transcript</c>, <c>consent</c>, <c>clip</c>).</summary>
public sealed record VoiceUploadResult(string? VoiceId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => VoiceId is not null;
}
