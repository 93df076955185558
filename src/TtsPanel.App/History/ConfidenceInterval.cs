namespace TtsPanel.App.History;

/// <summary>An estimate with the interval that holds the true value at the stated confidence.</summary>
/// <param name="Estimate">The sample mean or proportion.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Count">Observations (or trials) it rests on.</param>
public sealed record ConfidenceInterval(double Estimate, double Low, double High, int Count);
