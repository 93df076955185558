namespace TtsPanel.Web.Secrets;

/// <summary>One stored secret in the <c>secrets</c> collection: its name and the Data Protection payload, never the value.</summary>
public sealed class SecretDocument
{
    /// <summary>The secret's name, e.g. <c>twitch-oauth</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The secret protected with the panel's key ring (base64url).</summary>
    public string Protected { get; set; } = "";
}
