using TtsPanel.App.History;

namespace TtsPanel.App.Tests.History;

public sealed class StudentTTests
{
    [Theory]
    // Two-sided 95 % and one-sided 95 % critical values from the printed t table.
    [InlineData(0.975, 1, 12.7062)]
    [InlineData(0.975, 4, 2.7764)]
    [InlineData(0.975, 10, 2.2281)]
    [InlineData(0.95, 30, 1.6973)]
    [InlineData(0.025, 4, -2.7764)]
    public void Quantile_MatchesTheTable(double probability, int degreesOfFreedom, double expected) =>
        Assert.Equal(expected, StudentT.Quantile(probability, degreesOfFreedom), precision: 4);

    [Fact]
    public void Cdf_AtZero_IsOneHalf() => Assert.Equal(0.5, StudentT.Cdf(0, 7), precision: 12);

    [Fact]
    public void Cdf_OneDegreeOfFreedom_IsTheCauchyDistribution() =>
        // For one degree of freedom, P(T ≤ 1) = 1/2 + atan(1)/π = 0.75.
        Assert.Equal(0.75, StudentT.Cdf(1, 1), precision: 10);
}
