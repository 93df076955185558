using TtsPanel.App.History;

namespace TtsPanel.App.Tracker.Listening;

/// <summary>One side of a blind pair: its stored synthesis record, the configuration it ran under and its audio.</summary>
/// <param name="RecordId">The synthesis record, also the name of its kept clip file.</param>
/// <param name="Configuration">What it ran under; the page shows it only after the vote.</param>
/// <param name="Wav">16-bit mono WAV.</param>
/// <param name="AudioSeconds">Length of the audio.</param>
public sealed record AbClip(Guid RecordId, EngineConfiguration Configuration, byte[] Wav, double AudioSeconds);
