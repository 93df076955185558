using TtsPanel.App.History;

namespace TtsPanel.Web.Api;

/// <summary>Answer to an accepted <c>POST /api/speak</c>.</summary>
public sealed record SpeakAccepted(Guid Id);

/// <summary>A voice as <c>GET /api/voices</c> lists it.</summary>
public sealed record VoiceDto(string Id, string Name, string Engine, string Language);

/// <summary>A synthesis record as <c>GET /api/history</c> lists it.</summary>
public sealed record HistoryDto(Guid Id, string Text, string Engine, string Voice, double AudioSeconds, double SynthesisMs,
    double Rtf, DateTime CreatedAt)
{
    public static HistoryDto From(SynthesisRecord record) => new(record.Id, record.Text, record.Engine, record.VoiceId,
        record.AudioSeconds, record.SynthesisMs, record.Rtf, record.CreatedAt);
}
