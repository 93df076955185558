using Microsoft.Extensions.Options;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Voices;

/// <summary>All engines of the process and the voices of those that can speak.</summary>
public sealed class VoiceCatalog(IEnumerable<ITtsEngine> engines, IOptions<EngineOptions> options)
{
    private readonly IReadOnlyList<ITtsEngine> _engines = engines.ToList();

    /// <summary>Every engine, available or not, so the UI can say why one is missing.</summary>
    public IReadOnlyList<ITtsEngine> Engines => _engines;

    /// <summary>Voices of the available engines.</summary>
    public IReadOnlyList<VoiceInfo> Voices =>
        _engines.Where(e => e.Availability.IsAvailable).SelectMany(e => e.Voices).ToList();

    /// <summary>Whether any engine can speak.</summary>
    public bool AnyAvailable => _engines.Any(e => e.Availability.IsAvailable);

    /// <summary>Why nothing can speak: every engine's reason, or a note that none is configured.</summary>
    public string UnavailableReason =>
        _engines.Count == 0
            ? "No speech engine is configured."
            : string.Join(" ", _engines.Select(e => $"{e.Name}: {e.Availability.Reason}"));

    /// <summary>The configured default voice if it is available, else the first available voice, else null.</summary>
    public VoiceInfo? DefaultVoice => Find(options.Value.DefaultVoice) ?? Voices.FirstOrDefault();

    /// <summary>The available voice with this id (case-insensitive), or null.</summary>
    public VoiceInfo? Find(string voiceId) =>
        Voices.FirstOrDefault(v => string.Equals(v.Id, voiceId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The engine that speaks <paramref name="voice"/>.</summary>
    public ITtsEngine EngineFor(VoiceInfo voice) => _engines.Single(e => e.Name == voice.Engine);
}
