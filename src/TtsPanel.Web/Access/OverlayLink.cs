namespace TtsPanel.Web.Access;

/// <summary>The overlay key and the full overlay URL built from it.</summary>
public sealed record OverlayLink(string Key, string Url);
