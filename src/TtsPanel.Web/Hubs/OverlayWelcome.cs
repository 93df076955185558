using TtsPanel.App.Playback;

namespace TtsPanel.Web.Hubs;

/// <summary>What an overlay receives when it joins: the playback state and every clip it should hold, in order.</summary>
public sealed record OverlayWelcome(PlaybackState State, IReadOnlyList<ClipDto> Clips);
