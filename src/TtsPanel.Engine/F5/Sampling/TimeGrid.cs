namespace TtsPanel.Engine.F5.Sampling;

/// <summary>
/// The flow-matching time points from 0 (noise) to 1 (speech): at step counts with an empirically pruned grid (EPSS:
/// 5, 6, 7, 10, 12, 16) the reference's points on a 1/32 lattice, otherwise evenly spaced; then sway sampling
/// t ← t + s·(cos(πt/2) − 1 + t). Computed in float32, as the reference does on the CPU.
/// </summary>
public static class TimeGrid
{
    /// <summary>Default sway coefficient; −1 turns the grid into 1 − cos(πt/2), denser near the noise end.</summary>
    public const float DefaultSway = -1f;

    private const float LatticeStep = 1f / 32;

    private static readonly Dictionary<int, int[]> PrunedGrids = new()
    {
        [5] = [0, 2, 4, 8, 16, 32],
        [6] = [0, 2, 4, 6, 8, 16, 32],
        [7] = [0, 2, 4, 6, 8, 16, 24, 32],
        [10] = [0, 2, 4, 6, 8, 12, 16, 20, 24, 28, 32],
        [12] = [0, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32],
        [16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32],
    };

    /// <summary>The <paramref name="steps"/> + 1 time points for <paramref name="steps"/> function evaluations.</summary>
    public static float[] Create(int steps, float sway = DefaultSway)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        var grid = PrunedGrids.TryGetValue(steps, out var lattice)
            ? lattice.Select(point => LatticeStep * point).ToArray()
            : LinearSpace(steps + 1);
        for (var i = 0; i < grid.Length; i++)
        {
            var t = grid[i];
            grid[i] = t + sway * (MathF.Cos((float)(Math.PI / 2) * t) - 1 + t);
        }

        return grid;
    }

    /// <summary>torch.linspace(0, 1, count) in float32: the first half counted from 0, the second half back from 1.</summary>
    private static float[] LinearSpace(int count)
    {
        var points = new float[count];
        var step = 1f / (count - 1);
        var half = count / 2;
        for (var i = 0; i < count; i++)
            points[i] = i < half ? step * i : 1f - step * (count - i - 1);
        return points;
    }
}
