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

    /// <summary>Milliseconds from the request to the first audio chunk.</summary>
    public double TimeToFirstAudioMs { get; set; }

    /// <summary>Real-time factor: synthesis time divided by audio duration.</summary>
    public double Rtf { get; set; }

    /// <summary>Execution provider, e.g. <c>CUDA</c> or <c>CPU</c>.</summary>
    public string Provider { get; set; } = "";

    /// <summary>The device that ran the synthesis.</summary>
    public string Device { get; set; } = "";

    /// <summary>Model precision, e.g. <c>fp16</c>; <c>n/a</c> for espeak-ng.</summary>
    public string Precision { get; set; } = "";

    /// <summary>Milliseconds per engine stage, e.g. <c>synthesis</c>, <c>resample</c>.</summary>
    public Dictionary<string, double> StageMs { get; set; } = [];
}
