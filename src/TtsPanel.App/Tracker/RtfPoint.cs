namespace TtsPanel.App.Tracker;

/// <summary>One point of the RTF-over-time chart: the median RTF of the records in a time bucket.</summary>
/// <param name="Start">Start of the bucket, UTC.</param>
/// <param name="MedianRtf">Median RTF of its records.</param>
/// <param name="Count">Records in it.</param>
public sealed record RtfPoint(DateTime Start, double MedianRtf, int Count);
