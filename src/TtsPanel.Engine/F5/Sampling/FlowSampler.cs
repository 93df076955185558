namespace TtsPanel.Engine.F5.Sampling;

/// <summary>
/// Integrates the flow from noise to mel with Euler steps over a time grid, combining the conditional and
/// unconditional velocities with classifier-free guidance: v = v_c + (v_c − v_u)·cfg, x ← x + (t[k+1] − t[k])·v.
/// Arithmetic in float32 as the reference does on the CPU.
/// </summary>
public static class FlowSampler
{
    /// <summary>Below this guidance strength only the conditional velocity is used, as in the reference.</summary>
    public const float NoGuidance = 1e-5f;

    /// <summary>Runs every step from <paramref name="noise"/>; <paramref name="velocity"/> evaluates the velocity pair at (x, t).</summary>
    /// <returns>The state at the end of the grid (N × mel, before the reference is pasted back).</returns>
    public static float[] Integrate(float[] noise, float[] grid, float cfgStrength, Func<float[], float, float[]> velocity,
        CancellationToken cancellationToken)
    {
        var x = (float[])noise.Clone();
        for (var step = 0; step + 1 < grid.Length; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            EulerStep(x, velocity(x, grid[step]), cfgStrength, grid[step + 1] - grid[step]);
        }

        return x;
    }

    /// <summary>One guided Euler step on <paramref name="x"/> in place; <paramref name="velocityPair"/> holds the conditional then the unconditional row.</summary>
    public static void EulerStep(float[] x, float[] velocityPair, float cfgStrength, float dt)
    {
        if (velocityPair.Length != 2 * x.Length)
            throw new ArgumentException($"Velocity pair has {velocityPair.Length} values for a state of {x.Length}.", nameof(velocityPair));
        var unconditionalOffset = x.Length;
        for (var i = 0; i < x.Length; i++)
        {
            var conditional = velocityPair[i];
            var guided = cfgStrength < NoGuidance ? conditional : conditional + (conditional - velocityPair[unconditionalOffset + i]) * cfgStrength;
            x[i] += dt * guided;
        }
    }
}
