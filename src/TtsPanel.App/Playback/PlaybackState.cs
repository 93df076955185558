namespace TtsPanel.App.Playback;

/// <summary>What every overlay must apply: whether playback is paused and the output volume.</summary>
/// <param name="Paused">True while the streamer has paused playback.</param>
/// <param name="Volume">Output gain from 0 (silent) to 1 (full).</param>
public sealed record PlaybackState(bool Paused, double Volume);
