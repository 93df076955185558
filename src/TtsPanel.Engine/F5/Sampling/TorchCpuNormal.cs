namespace TtsPanel.Engine.F5.Sampling;

/// <summary>
/// Standard-normal noise drawn exactly as PyTorch's CPU <c>randn</c> draws it after <c>torch.manual_seed(seed)</c>, so
/// a seeded synthesis can be compared with the reference model: a Mersenne Twister (MT19937) seeded with the seed's
/// low 32 bits gives 24-bit uniforms, turned into normals by Box–Muller in blocks of 16 (u[j] radius, u[j+8] angle).
/// A count that is not a multiple of 16 redraws the last 16 values from 16 fresh uniforms. One instance is one
/// generator: successive draws continue its stream, as successive <c>randn</c> calls do.
/// </summary>
public sealed class TorchCpuNormal
{
    private const int StateSize = 624;
    private const int ShiftSize = 397;
    private const int BlockSize = 16;
    private readonly uint[] _state = new uint[StateSize];
    private int _index;

    public TorchCpuNormal(ulong seed)
    {
        _state[0] = (uint)seed;
        for (var i = 1; i < StateSize; i++)
            _state[i] = 1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i;
        _index = StateSize;
    }

    /// <summary>Draws <paramref name="count"/> values (at least 16, as every tensor the sampler draws is).</summary>
    public float[] Next(int count)
    {
        if (count < BlockSize)
            throw new ArgumentOutOfRangeException(nameof(count), count, "PyTorch draws fewer than 16 normals another way; at least 16 are needed.");
        var values = new float[count];
        for (var i = 0; i < count; i++)
            values[i] = NextUniform();
        for (var block = 0; block + BlockSize <= count; block += BlockSize)
            BoxMuller(values.AsSpan(block, BlockSize));
        if (count % BlockSize != 0)
        {
            var tail = values.AsSpan(count - BlockSize, BlockSize);
            for (var i = 0; i < BlockSize; i++)
                tail[i] = NextUniform();
            BoxMuller(tail);
        }

        return values;
    }

    private static void BoxMuller(Span<float> block)
    {
        for (var j = 0; j < BlockSize / 2; j++)
        {
            var radius = MathF.Sqrt(-2f * MathF.Log(1f - block[j]));
            var angle = 2f * MathF.PI * block[j + BlockSize / 2];
            block[j] = radius * MathF.Cos(angle);
            block[j + BlockSize / 2] = radius * MathF.Sin(angle);
        }
    }

    /// <summary>A uniform in [0, 1) from the low 24 bits of the next 32-bit output.</summary>
    private float NextUniform() => (NextUInt32() & 0xFFFFFF) * (1f / (1 << 24));

    private uint NextUInt32()
    {
        if (_index >= StateSize)
            Twist();
        var y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C5680u;
        y ^= (y << 15) & 0xEFC60000u;
        y ^= y >> 18;
        return y;
    }

    private void Twist()
    {
        for (var i = 0; i < StateSize; i++)
        {
            var y = (_state[i] & 0x80000000u) | (_state[(i + 1) % StateSize] & 0x7FFFFFFFu);
            var next = _state[(i + ShiftSize) % StateSize] ^ (y >> 1);
            _state[i] = (y & 1) != 0 ? next ^ 0x9908B0DFu : next;
        }

        _index = 0;
    }
}
