using Microsoft.Extensions.Time.Testing;

namespace TtsPanel.App.Tests.Fakes;

/// <summary>Moves a <see cref="FakeTimeProvider"/> on while the code under test runs on real threads.</summary>
internal static class FakeTimeSteps
{
    /// <summary>
    /// Moves fake time on in 1 s steps (at most 30) until <paramref name="done"/> holds, pausing briefly between steps so
    /// the client's continuations can register their next timer before time moves past it.
    /// </summary>
    public static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> done)
    {
        for (var step = 0; step < 30 && !done(); step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        Assert.True(done(), "the condition did not hold within 30 s of fake time");
    }
}
