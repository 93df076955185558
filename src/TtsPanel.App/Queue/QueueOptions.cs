namespace TtsPanel.App.Queue;

/// <summary>Limits of the speech queue (section <c>Queue</c>).</summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    /// <summary>Most unfinished items held at once; a message beyond it is refused. Default 100.</summary>
    public int MaxItems { get; set; } = 100;

    /// <summary>Longest message accepted, in characters (Unicode code points). Default 500.</summary>
    public int MaxTextLength { get; set; } = 500;

    /// <summary>How many finished items the live queue keeps for display before they leave it. Default 20.</summary>
    public int FinishedItemsShown { get; set; } = 20;

    /// <summary>The dashboard warns when the queue's predicted backlog is longer than this, in seconds. Default 300.</summary>
    public int BacklogBudgetSeconds { get; set; } = 300;
}
