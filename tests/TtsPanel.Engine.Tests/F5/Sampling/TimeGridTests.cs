using TtsPanel.Engine.F5.Sampling;

namespace TtsPanel.Engine.Tests.F5.Sampling;

public class TimeGridTests
{
    [Fact]
    public void Create_Nfe7_IsThePrunedGridSwayed()
    {
        // {0, 2, 4, 6, 8, 16, 24, 32} / 32, then t ← 1 − cos(πt/2).
        double[] lattice = [0, 2, 4, 6, 8, 16, 24, 32];
        var expected = lattice.Select(p => 1 - Math.Cos(Math.PI / 2 * p / 32)).ToArray();

        var grid = TimeGrid.Create(7);

        Assert.Equal(8, grid.Length);
        for (var i = 0; i < grid.Length; i++)
            Assert.Equal(expected[i], grid[i], precision: 6);
    }

    [Fact]
    public void Create_Nfe32_MatchesTheSpecsPoints()
    {
        // Spec §6.3 lists the 33 swayed points of the default 32-step grid; a sample of them:
        var grid = TimeGrid.Create(32);

        Assert.Equal(33, grid.Length);
        Assert.Equal(0.001205, grid[1], precision: 6);
        Assert.Equal(0.292893, grid[16], precision: 6);
        Assert.Equal(0.950932, grid[31], precision: 6);
        Assert.Equal(1.0, grid[32], precision: 6);
    }

    [Fact]
    public void Create_NoSway_IsTheRawGrid() =>
        Assert.Equal([0f, 0.0625f, 0.125f, 0.25f, 0.5f, 1f], TimeGrid.Create(5, sway: 0));
}
