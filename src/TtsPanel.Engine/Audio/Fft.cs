namespace TtsPanel.Engine.Audio;

/// <summary>In-place iterative radix-2 complex FFT for power-of-two lengths.</summary>
public sealed class Fft
{
    private readonly int _size;
    private readonly int[] _bitReversed;
    private readonly double[] _cos;
    private readonly double[] _sin;

    public Fft(int size)
    {
        if (size < 2 || (size & (size - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(size), size, "FFT size must be a power of two of at least 2.");
        _size = size;
        var bits = (int)Math.Log2(size);
        _bitReversed = new int[size];
        for (var i = 0; i < size; i++)
            _bitReversed[i] = ReverseBits(i, bits);
        _cos = new double[size / 2];
        _sin = new double[size / 2];
        for (var k = 0; k < size / 2; k++)
        {
            _cos[k] = Math.Cos(2 * Math.PI * k / size);
            _sin[k] = -Math.Sin(2 * Math.PI * k / size);
        }
    }

    public int Size => _size;

    /// <summary>Forward transform X[k] = Σ x[n]·e^(−2πikn/N) of (<paramref name="real"/>, <paramref name="imaginary"/>), in place.</summary>
    public void Forward(Span<double> real, Span<double> imaginary)
    {
        if (real.Length != _size || imaginary.Length != _size)
            throw new ArgumentException($"FFT of size {_size} got {real.Length} real and {imaginary.Length} imaginary values.");
        for (var i = 0; i < _size; i++)
        {
            var j = _bitReversed[i];
            if (j > i)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        for (var length = 2; length <= _size; length <<= 1)
        {
            var half = length / 2;
            var twiddleStep = _size / length;
            for (var start = 0; start < _size; start += length)
            {
                for (var k = 0; k < half; k++)
                {
                    var wr = _cos[k * twiddleStep];
                    var wi = _sin[k * twiddleStep];
                    var a = start + k;
                    var b = a + half;
                    var tr = real[b] * wr - imaginary[b] * wi;
                    var ti = real[b] * wi + imaginary[b] * wr;
                    real[b] = real[a] - tr;
                    imaginary[b] = imaginary[a] - ti;
                    real[a] += tr;
                    imaginary[a] += ti;
                }
            }
        }
    }

    private static int ReverseBits(int value, int bits)
    {
        var result = 0;
        for (var i = 0; i < bits; i++)
        {
            result = (result << 1) | (value & 1);
            value >>= 1;
        }

        return result;
    }
}
