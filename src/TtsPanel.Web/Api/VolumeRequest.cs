namespace TtsPanel.Web.Api;

/// <summary>Body of <c>PUT /api/playback/volume</c>: the output gain from 0 to 1.</summary>
public sealed record VolumeRequest(double Volume);
