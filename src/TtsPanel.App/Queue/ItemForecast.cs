namespace TtsPanel.App.Queue;

/// <summary>When a queue item is predicted to start playing and for how long.</summary>
/// <param name="StartSeconds">Seconds from now until it starts; 0 for the item playing.</param>
/// <param name="LengthSeconds">Its audio length: measured once synthesized, else estimated from its text.</param>
/// <param name="LengthMeasured">True when <paramref name="LengthSeconds"/> is the synthesized clip's length.</param>
public sealed record ItemForecast(double StartSeconds, double LengthSeconds, bool LengthMeasured);
