using Microsoft.Extensions.Options;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>Options that never change, for a consumer that takes an <see cref="IOptionsMonitor{TOptions}"/>.</summary>
internal sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
