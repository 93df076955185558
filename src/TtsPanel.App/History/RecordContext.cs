using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.History;

/// <summary>Where a synthesis came from: the chat queue (an item and its wait) or a benchmark run.</summary>
/// <param name="CreatedAt">When the synthesis finished, UTC.</param>
/// <param name="QueueItemId">The queue item; empty for a benchmark synthesis.</param>
/// <param name="QueueWait">How long the item waited before synthesis began; zero for a benchmark synthesis.</param>
/// <param name="RunId">The benchmark run; null for a chat message.</param>
public sealed record RecordContext(DateTime CreatedAt, Guid QueueItemId, TimeSpan QueueWait, Guid? RunId)
{
    /// <summary>Builds the record of <paramref name="result"/>: <paramref name="text"/> in <paramref name="voice"/> under <paramref name="configuration"/>.</summary>
    public SynthesisRecord ToRecord(string text, VoiceInfo voice, EngineConfiguration configuration, EngineRuntime? runtime, SynthesisResult result) => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = CreatedAt,
        QueueItemId = QueueItemId,
        RunId = RunId,
        Text = text,
        TextCharacters = text.Length,
        TextBytes = System.Text.Encoding.UTF8.GetByteCount(text),
        VoiceId = voice.Id,
        Engine = voice.Engine,
        ConfigurationId = configuration.Id,
        ModelId = configuration.ModelId,
        Nfe = configuration.Nfe,
        CfgStrength = configuration.CfgStrength,
        SwayCoefficient = configuration.SwayCoefficient,
        Speed = configuration.Speed,
        ChunkCount = result.ChunkCount,
        AppVersion = AppVersion.Current,
        Provider = runtime?.Provider ?? "",
        Device = runtime?.Device ?? "",
        Precision = runtime?.Precision ?? "",
        AudioSeconds = result.AudioSeconds,
        SynthesisMs = result.SynthesisTime.TotalMilliseconds,
        TimeToFirstAudioMs = result.TimeToFirstAudio.TotalMilliseconds,
        QueueWaitMs = QueueWait.TotalMilliseconds,
        Rtf = result.RealTimeFactor,
        StageMs = result.Timings.Stages.ToDictionary(s => s.Key, s => s.Value.TotalMilliseconds),
    };
}
