using Xunit.Abstractions;

namespace TtsPanel.Engine.Tests.Fixtures;

/// <summary>Compares a tensor with its golden and reports the achieved maximum absolute and relative errors.</summary>
internal static class Closeness
{
    /// <summary>Passes when every |a − e| ≤ atol + rtol·|e|; writes the worst errors to the test output either way.</summary>
    public static void AssertClose(ITestOutputHelper output, string name, ReadOnlySpan<float> expected, ReadOnlySpan<float> actual,
        double atol, double rtol)
    {
        Assert.Equal(expected.Length, actual.Length);
        double maxAbs = 0, maxRel = 0;
        var worst = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            var error = Math.Abs(actual[i] - (double)expected[i]);
            maxAbs = Math.Max(maxAbs, error);
            if (Math.Abs(expected[i]) > 1e-3)
                maxRel = Math.Max(maxRel, error / Math.Abs(expected[i]));
            if (error > atol + rtol * Math.Abs(expected[i]) && worst < 0)
                worst = i;
        }

        output.WriteLine($"{name}: {expected.Length} values, max abs error {maxAbs:E2}, max rel error (|expected| > 1e-3) {maxRel:E2}");
        Assert.True(worst < 0, $"{name}[{worst}] is {(worst < 0 ? 0 : actual[worst])}, expected {(worst < 0 ? 0 : expected[worst])} (atol {atol}, rtol {rtol}); max abs error {maxAbs:E2}");
    }
}
