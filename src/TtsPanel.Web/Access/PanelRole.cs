namespace TtsPanel.Web.Access;

/// <summary>What a signed-in user may do; a higher value may do everything a lower one may.</summary>
public enum PanelRole
{
    /// <summary>Approve, reject, skip, pause, remove and speak; no settings, voices or passwords.</summary>
    Moderator = 1,

    /// <summary>Everything, settings and passwords included.</summary>
    Admin = 2,
}
