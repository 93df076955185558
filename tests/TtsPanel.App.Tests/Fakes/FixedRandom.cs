namespace TtsPanel.App.Tests.Fakes;

/// <summary>A <see cref="Random"/> whose <see cref="NextDouble"/> always returns one chosen value, to pin jitter at its bounds.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
