using Microsoft.Extensions.Options;

namespace TtsPanel.App.Queue;

/// <summary>Checks <see cref="QueueOptions"/> at start; each message names the key and the value.</summary>
public sealed class QueueOptionsValidator : IValidateOptions<QueueOptions>
{
    public ValidateOptionsResult Validate(string? name, QueueOptions options)
    {
        var failures = new List<string>();
        OptionRange.Check(failures, $"{QueueOptions.Section}:MaxItems", options.MaxItems, 1, 10_000);
        OptionRange.Check(failures, $"{QueueOptions.Section}:MaxTextLength", options.MaxTextLength, 1, 5_000);
        OptionRange.Check(failures, $"{QueueOptions.Section}:FinishedItemsShown", options.FinishedItemsShown, 0, 1_000);
        OptionRange.Check(failures, $"{QueueOptions.Section}:MaxClipsAhead", options.MaxClipsAhead, 0, 1_000);
        OptionRange.Check(failures, $"{QueueOptions.Section}:BacklogBudgetSeconds", options.BacklogBudgetSeconds, 1, 86_400);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
