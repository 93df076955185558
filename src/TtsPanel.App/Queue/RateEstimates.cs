using TtsPanel.App.History;

namespace TtsPanel.App.Queue;

/// <summary>Each voice's <see cref="RateEstimate"/> from its recent synthesis records: the medians, robust to one slow first synthesis.</summary>
public sealed class RateEstimates(HistoryRepository history)
{
    /// <summary>How many of a voice's newest records count.</summary>
    public const int RecentRecords = 50;

    /// <summary>The medians of the voice's newest <see cref="RecentRecords"/> records, or <see cref="RateEstimate.Default"/> without any.</summary>
    public RateEstimate For(string voiceId)
    {
        var records = history.NewestForVoice(voiceId, RecentRecords)
            .Where(r => r.AudioSeconds > 0 && double.IsFinite(r.Rtf) && Characters(r) > 0)
            .ToList();
        if (records.Count == 0)
            return RateEstimate.Default;
        var rtf = RtfStatistics.Percentile(records.Select(r => r.Rtf).Order().ToList(), 0.5);
        var perCharacter = RtfStatistics.Percentile(records.Select(r => r.AudioSeconds / Characters(r)).Order().ToList(), 0.5);
        return new RateEstimate(rtf, perCharacter, Measured: true);
    }

    /// <summary>The forecast of <paramref name="items"/>, looking each voice up once.</summary>
    public QueueForecast Forecast(IReadOnlyList<QueueItem> items)
    {
        var rates = new Dictionary<string, RateEstimate>();
        return QueueEta.Predict(items, voiceId =>
        {
            if (!rates.TryGetValue(voiceId, out var rate))
                rates[voiceId] = rate = For(voiceId);
            return rate;
        });
    }

    // Records written before the tracker stored the length read as 0: count the text itself then.
    private static int Characters(SynthesisRecord record) => record.TextCharacters > 0 ? record.TextCharacters : record.Text.Length;
}
