using Microsoft.Extensions.Options;

namespace TtsPanel.App.Settings;

/// <summary>
/// Options that never change, for a consumer that takes an <see cref="IOptionsMonitor{TOptions}"/> outside the panel's
/// host (the bench CLI, tests), where no Settings page can change them.
/// </summary>
public sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
