using TtsPanel.Engine.F5;

namespace TtsPanel.Bench;

/// <summary>The one F5 voice of a bench run: the reference clip and transcript given on the command line.</summary>
public sealed class SingleVoiceSource(string referencePath, string transcript) : IF5VoiceSource
{
    /// <summary>The voice's id among F5 voices.</summary>
    public const string VoiceId = "bench";

    public IReadOnlyList<F5VoiceClip> Voices { get; } =
        [new F5VoiceClip(VoiceId, "Bench reference", "en", Path.GetFullPath(referencePath), transcript)];
}
