using System.ComponentModel.DataAnnotations;

namespace TtsPanel.App.Chat;

/// <summary>How accepted chat messages enter the queue, whatever their source (section <c>Chat</c>).</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>
    /// Seconds an accepted chat message waits before it is synthesized and played, so moderators can delete it
    /// first; 0 (default) speaks at once.
    /// </summary>
    [Display(Name = "Hold before speaking (seconds)", Description = "An accepted message waits this long so moderators can delete it first; 0–600, default 0 (speak at once).")]
    public int HoldWindowSeconds { get; set; }

    /// <summary>Whether accepted chat messages wait on the dashboard's "to approve" list until the streamer approves them. Default false.</summary>
    [Display(Name = "Approve each message", Description = "Accepted messages wait on the dashboard's 'to approve' list. Default off.")]
    public bool RequireApproval { get; set; }
}
