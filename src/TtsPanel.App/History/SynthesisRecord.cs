namespace TtsPanel.App.History;

/// <summary>One synthesis, as stored in LiteDB's <c>syntheses</c> collection.</summary>
public sealed class SynthesisRecord
{
    public Guid Id { get; set; }

    /// <summary>When synthesis finished, UTC; indexed.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The queue item the synthesis was for.</summary>
    public Guid QueueItemId { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Engine-qualified voice id.</summary>
    public string VoiceId { get; set; } = "";

    /// <summary>Engine name, e.g. <c>espeak-ng</c>.</summary>
    public string Engine { get; set; } = "";

    public double AudioSeconds { get; set; }

    /// <summary>Wall-clock synthesis time in milliseconds.</summary>
    public double SynthesisMs { get; set; }

    /// <summary>Real-time factor: synthesis time divided by audio duration.</summary>
    public double Rtf { get; set; }

    /// <summary>Milliseconds per engine stage, e.g. <c>synthesis</c>, <c>resample</c>.</summary>
    public Dictionary<string, double> StageMs { get; set; } = [];
}
