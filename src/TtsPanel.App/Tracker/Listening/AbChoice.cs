namespace TtsPanel.App.Tracker.Listening;

/// <summary>The listener's verdict on a blind pair.</summary>
public enum AbChoice
{
    /// <summary>Clip A sounds better.</summary>
    A,

    /// <summary>Clip B sounds better.</summary>
    B,

    /// <summary>No difference heard; counted as a tie, outside the preference share.</summary>
    Same,
}
