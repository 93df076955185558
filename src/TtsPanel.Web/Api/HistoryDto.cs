using TtsPanel.App.History;

namespace TtsPanel.Web.Api;

/// <summary>A synthesis record as <c>GET /api/history</c> lists it; <see cref="CreatedAt"/> is UTC.</summary>
public sealed record HistoryDto(Guid Id, string Text, string Engine, string Voice, double AudioSeconds, double SynthesisMs,
    double Rtf, DateTime CreatedAt, string Provider, string Device, string Precision, IReadOnlyDictionary<string, double> StageMs,
    double TimeToFirstAudioMs)
{
    public static HistoryDto From(SynthesisRecord record) => new(record.Id, record.Text, record.Engine, record.VoiceId,
        record.AudioSeconds, record.SynthesisMs, record.Rtf, record.CreatedAt, record.Provider, record.Device, record.Precision, record.StageMs,
        record.TimeToFirstAudioMs);
}
