namespace TtsPanel.App.Moderation;

/// <summary>Chat commands the panel obeys; all but <see cref="Voice"/> are for moderators and the broadcaster.</summary>
public enum ChatCommand
{
    /// <summary><c>!skip</c>: stop the clip playing.</summary>
    Skip,

    /// <summary><c>!pause</c>: hold playback.</summary>
    Pause,

    /// <summary><c>!resume</c>: continue playback.</summary>
    Resume,

    /// <summary><c>!clear</c>: remove every unfinished item.</summary>
    Clear,

    /// <summary><c>!voice &lt;name&gt;</c>: any viewer picks the voice their own messages are spoken in.</summary>
    Voice,
}
