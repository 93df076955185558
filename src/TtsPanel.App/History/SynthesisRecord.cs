namespace TtsPanel.App.History;

/// <summary>
/// One synthesis, as stored in LiteDB's <c>syntheses</c> collection. Fields added with the optimisation tracker read
/// as their defaults (0, empty, null) on records written before it, so old databases stay readable.
/// </summary>
public sealed class SynthesisRecord
{
    public Guid Id { get; set; }

    /// <summary>When synthesis finished, UTC; indexed.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The queue item the synthesis was for; empty for a benchmark synthesis.</summary>
    public Guid QueueItemId { get; set; }

    /// <summary>The benchmark run this synthesis belongs to; null for a chat message. Indexed.</summary>
    public Guid? RunId { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Length of <see cref="Text"/> in UTF-16 characters.</summary>
    public int TextCharacters { get; set; }

    /// <summary>Length of <see cref="Text"/> in UTF-8 bytes.</summary>
    public int TextBytes { get; set; }

    /// <summary>Engine-qualified voice id.</summary>
    public string VoiceId { get; set; } = "";

    /// <summary>Engine name, e.g. <c>espeak-ng</c>.</summary>
    public string Engine { get; set; } = "";

    /// <summary>The configuration (engine settings that affect speed or sound) it ran under; see <see cref="EngineConfiguration"/>. Indexed.</summary>
    public string ConfigurationId { get; set; } = "";

    /// <summary>The model, e.g. the F5 pack's name; <c>espeak-ng</c> for espeak-ng.</summary>
    public string ModelId { get; set; } = "";

    /// <summary>Flow steps (function evaluations); null for an engine without them.</summary>
    public int? Nfe { get; set; }

    /// <summary>Classifier-free guidance strength; null for an engine without it.</summary>
    public double? CfgStrength { get; set; }

    /// <summary>Sway sampling coefficient; null for an engine without it.</summary>
    public double? SwayCoefficient { get; set; }

    /// <summary>Speaking-speed factor (1 = normal) or, for espeak-ng, words per minute.</summary>
    public double Speed { get; set; }

    /// <summary>Chunks with audio the engine streamed (F5: text chunks plus the cross-fade tail).</summary>
    public int ChunkCount { get; set; }

    /// <summary>The app's version and commit, e.g. <c>1.0.0+3f2a…</c>.</summary>
    public string AppVersion { get; set; } = "";

    public double AudioSeconds { get; set; }

    /// <summary>Wall-clock synthesis time in milliseconds.</summary>
    public double SynthesisMs { get; set; }

    /// <summary>Milliseconds from the request to the first audio chunk.</summary>
    public double TimeToFirstAudioMs { get; set; }

    /// <summary>Milliseconds the message waited in the queue before synthesis began; 0 for a benchmark synthesis.</summary>
    public double QueueWaitMs { get; set; }

    /// <summary>Real-time factor: synthesis time divided by audio duration.</summary>
    public double Rtf { get; set; }

    /// <summary>Execution provider, e.g. <c>CUDA</c> or <c>CPU</c>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>The device that ran the synthesis.</summary>
    public string Device { get; set; } = "";

    /// <summary>Model precision, e.g. <c>fp16</c>; <c>n/a</c> for espeak-ng.</summary>
    public string Precision { get; set; } = "";

    /// <summary>Milliseconds per engine stage, e.g. <c>text</c>, <c>reference</c>, <c>nfe</c>, <c>vocoder</c>, <c>post</c> for F5, <c>synthesis</c>, <c>resample</c> for espeak-ng.</summary>
    public Dictionary<string, double> StageMs { get; set; } = [];
}
