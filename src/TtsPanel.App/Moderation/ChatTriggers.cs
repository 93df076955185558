namespace TtsPanel.App.Moderation;

/// <summary>
/// What makes a chat message one to speak. Several can be set (<c>"Command, Bits"</c>): a message is spoken when any
/// of them matches.
/// </summary>
[Flags]
public enum ChatTriggers
{
    None = 0,

    /// <summary>Every message that is not a command.</summary>
    AllMessages = 1,

    /// <summary>Messages starting with <see cref="ModerationOptions.CommandPrefix"/>; the prefix is not spoken.</summary>
    Command = 2,

    /// <summary>Messages cheering at least <see cref="ModerationOptions.MinBits"/> bits.</summary>
    Bits = 4,

    /// <summary>Messages redeeming the channel-points reward <see cref="ModerationOptions.RewardId"/>.</summary>
    Reward = 8,
}
