namespace TtsPanel.Web.Api;

/// <summary>A voice as <c>GET /api/voices</c> lists it.</summary>
public sealed record VoiceDto(string Id, string Name, string Engine, string Language);
