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

    /// <summary>
    /// Most clips made and not yet played (ready or playing) before the worker waits to make the next; 0 (default) for
    /// no limit. With a limit, a message of a higher lane also goes ahead of lower ones that would otherwise already
    /// have been made: 2 (the clip playing and the next) keeps playback gapless while synthesis is faster than speech.
    /// </summary>
    public int MaxClipsAhead { get; set; }

    /// <summary>The dashboard warns when the queue's predicted backlog is longer than this, in seconds. Default 300.</summary>
    public int BacklogBudgetSeconds { get; set; } = 300;
}
