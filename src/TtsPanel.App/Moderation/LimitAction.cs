namespace TtsPanel.App.Moderation;

/// <summary>What happens to a message over a length limit, or to a link in a message.</summary>
public enum LimitAction
{
    /// <summary>Keep the message without the excess (the words past the limit, or the link).</summary>
    Trim,

    /// <summary>Refuse the whole message.</summary>
    Reject,
}
