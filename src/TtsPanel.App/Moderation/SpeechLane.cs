namespace TtsPanel.App.Moderation;

/// <summary>
/// Priority of an accepted message: a higher lane is spoken before a lower one, first in, first out within a lane.
/// Paid messages come first because a viewer who paid should not wait behind free chat.
/// </summary>
public enum SpeechLane
{
    Ordinary = 0,

    /// <summary>Sent by a moderator or the broadcaster.</summary>
    Moderator = 1,

    /// <summary>Redeemed the channel-points reward.</summary>
    ChannelPoints = 2,

    /// <summary>Cheered at least <see cref="ModerationOptions.MinBits"/> bits.</summary>
    Bits = 3,
}
