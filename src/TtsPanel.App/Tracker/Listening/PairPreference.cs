using TtsPanel.App.History;

namespace TtsPanel.App.Tracker.Listening;

/// <summary>The accumulated votes of one configuration pair: how often each side was preferred, and the ties.</summary>
/// <param name="FirstConfigurationId">The ordinally smaller configuration id.</param>
/// <param name="SecondConfigurationId">The ordinally larger configuration id.</param>
/// <param name="FirstWins">Votes preferring the first.</param>
/// <param name="SecondWins">Votes preferring the second.</param>
/// <param name="Ties">Votes hearing no difference.</param>
public sealed record PairPreference(string FirstConfigurationId, string SecondConfigurationId, int FirstWins, int SecondWins, int Ties)
{
    /// <summary>Votes that picked a side.</summary>
    public int Decided => FirstWins + SecondWins;

    /// <summary>Share of decided votes preferring the first, 0–1; 0 with none decided.</summary>
    public double FirstShare => Decided == 0 ? 0 : (double)FirstWins / Decided;

    /// <summary>
    /// 95 % Wilson interval of <see cref="FirstShare"/>, the whole range 0–1 with none decided; the share of the second
    /// is its mirror (1 − high, 1 − low).
    /// </summary>
    public ConfidenceInterval FirstInterval => Intervals.Wilson(FirstWins, Decided) ?? new ConfidenceInterval(0, 0, 1, 0);
}
