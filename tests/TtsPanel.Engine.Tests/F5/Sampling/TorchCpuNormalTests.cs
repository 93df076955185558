using TtsPanel.Engine.F5.Sampling;

namespace TtsPanel.Engine.Tests.F5.Sampling;

public class TorchCpuNormalTests
{
    [Fact]
    public void Next_Seed0_StartsAsTorchRandn()
    {
        // Spec §10: torch.manual_seed(0); randn(1913, 100) row 0 starts with these values.
        var noise = new TorchCpuNormal(0).Next(1913 * 100);

        float[] expected = [-1.12584f, -1.15236f, -0.250579f, -0.433879f, 0.84871f, 0.692009f];
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], noise[i], precision: 5);
    }

    [Fact]
    public void Next_Seed42CountNotAMultipleOf16_StartsAsTorchRandn()
    {
        // Spec §10: torch.manual_seed(42); randn(37, 100).
        var noise = new TorchCpuNormal(42).Next(37 * 100);

        float[] expected = [1.926915f, 1.487284f, 0.900717f, -2.105521f];
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], noise[i], precision: 5);
    }

    [Fact]
    public void Next_SameSeed_SameNoise_AndTheStreamContinues()
    {
        var first = new TorchCpuNormal(7);
        var second = new TorchCpuNormal(7);

        Assert.Equal(first.Next(32), second.Next(32));
        Assert.NotEqual(first.Next(32), new TorchCpuNormal(7).Next(32));
    }

    [Fact]
    public void Next_ManyValues_AreStandardNormal()
    {
        var noise = new TorchCpuNormal(1).Next(100_000);

        var mean = noise.Average();
        var variance = noise.Select(v => (v - mean) * (v - mean)).Average();
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.98, 1.02);
    }
}
