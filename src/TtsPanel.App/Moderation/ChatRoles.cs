namespace TtsPanel.App.Moderation;

/// <summary>Who may be spoken when the streamer limits speech to some viewers; the broadcaster always may.</summary>
[Flags]
public enum ChatRoles
{
    /// <summary>No limit: everyone.</summary>
    None = 0,

    Subscriber = 1,

    Vip = 2,

    Moderator = 4,
}
