namespace TtsPanel.Engine.Abstractions;

/// <summary>Time spent per named pipeline stage, in the order the stages first ran.</summary>
public sealed class StageTimings
{
    private readonly List<KeyValuePair<string, TimeSpan>> _stages = [];

    /// <summary>The stages and their accumulated time.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Stages => _stages;

    /// <summary>Sum of all stages.</summary>
    public TimeSpan Total => _stages.Aggregate(TimeSpan.Zero, (sum, stage) => sum + stage.Value);

    /// <summary>Adds <paramref name="duration"/> to <paramref name="stage"/>, creating the stage if it is new.</summary>
    public void Add(string stage, TimeSpan duration)
    {
        var index = _stages.FindIndex(s => s.Key == stage);
        if (index < 0)
            _stages.Add(new(stage, duration));
        else
            _stages[index] = new(stage, _stages[index].Value + duration);
    }

    /// <summary>Adds every stage of <paramref name="other"/> to this one.</summary>
    public void Add(StageTimings other)
    {
        foreach (var (stage, duration) in other.Stages)
            Add(stage, duration);
    }
}
