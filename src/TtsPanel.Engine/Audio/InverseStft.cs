using System.Buffers;
using System.Runtime.CompilerServices;

namespace TtsPanel.Engine.Audio;

/// <summary>
/// The inverse STFT of <c>torch.istft(n_fft, hop, window = periodic Hann, center = true)</c> (spec §7.4): per frame the
/// inverse real DFT of the one-sided spectrum, times the window, overlap-added, divided by the sum of the squared
/// windows over the frames that cover each sample, with n_fft / 2 samples dropped at each end. Computed in double,
/// returned as float32; the tables are built once, so one instance serves every call (and threads: it keeps no state).
/// </summary>
public sealed class InverseStft
{
    private readonly int _fftSize;
    private readonly int _half;
    private readonly Fft _halfFft;
    private readonly double[] _windowOverHalf;
    private readonly double[] _windowSquared;
    private readonly double[] _inverseInteriorEnvelope;
    private readonly int _minimumBlockFrames;
    private readonly double[] _unpackCos;
    private readonly double[] _unpackSin;

    /// <param name="fftSize">Frame length n_fft, a power of two of at least 4 (1024 for Vocos).</param>
    /// <param name="hopSamples">Frame step, 1 to n_fft / 2 so that every kept sample lies under two windows (256 for Vocos).</param>
    public InverseStft(int fftSize, int hopSamples)
    {
        if (fftSize < 4 || (fftSize & (fftSize - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(fftSize), fftSize, "The FFT size must be a power of two of at least 4.");
        if (hopSamples < 1 || hopSamples > fftSize / 2)
            throw new ArgumentOutOfRangeException(nameof(hopSamples), hopSamples, $"The hop must be between 1 and {fftSize / 2}.");
        _fftSize = fftSize;
        _half = fftSize / 2;
        HopSamples = hopSamples;
        _halfFft = new Fft(_half);
        _minimumBlockFrames = (fftSize + hopSamples - 1) / hopSamples;
        _windowOverHalf = new double[fftSize];
        _windowSquared = new double[fftSize];
        for (var n = 0; n < fftSize; n++)
        {
            var window = 0.5 - 0.5 * Math.Cos(2 * Math.PI * n / fftSize);
            // The half-length inverse FFT leaves its 1/(n_fft/2) scale to the caller: folded into the window here.
            _windowOverHalf[n] = window / _half;
            _windowSquared[n] = window * window;
        }

        // Away from both ends every sample lies under the same set of window positions, so its envelope depends only
        // on its phase within the hop: one reciprocal per phase replaces the per-sample sum there.
        _inverseInteriorEnvelope = new double[hopSamples];
        for (var phase = 0; phase < hopSamples; phase++)
        {
            var sum = 0.0;
            for (var n = phase; n < fftSize; n += hopSamples)
                sum += _windowSquared[n];
            _inverseInteriorEnvelope[phase] = 1 / sum;
        }

        _unpackCos = new double[_half];
        _unpackSin = new double[_half];
        for (var k = 0; k < _half; k++)
        {
            _unpackCos[k] = Math.Cos(2 * Math.PI * k / fftSize);
            _unpackSin[k] = Math.Sin(2 * Math.PI * k / fftSize);
        }
    }

    public int HopSamples { get; }

    /// <summary>One-sided bins per frame: n_fft / 2 + 1.</summary>
    public int Bins => _half + 1;

    /// <summary>Samples returned for <paramref name="frames"/> frames: hop · (frames − 1), none for a single frame.</summary>
    public int OutputLength(int frames) => HopSamples * (frames - 1);

    /// <summary>
    /// The waveform of a spectrum stored bins-major (bins × frames, as the vocoder graph emits it). The imaginary parts
    /// of the first and the last bin are ignored, as an inverse real DFT must.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than one frame, or the spectra do not hold bins × frames values.</exception>
    public float[] Transform(ReadOnlyMemory<float> real, ReadOnlyMemory<float> imaginary, int frames)
    {
        if (frames < 1)
            throw new ArgumentOutOfRangeException(nameof(frames), frames, "The spectrum needs at least one frame.");
        if (real.Length != Bins * frames || imaginary.Length != Bins * frames)
        {
            throw new ArgumentException(
                $"A spectrum of {Bins} bins × {frames} frames needs {Bins * frames} values (got {real.Length} real, {imaginary.Length} imaginary).");
        }

        var output = new float[OutputLength(frames)];
        var summedLength = _fftSize + HopSamples * (frames - 1);
        var summed = ArrayPool<double>.Shared.Rent(summedLength);
        try
        {
            Array.Clear(summed, 0, summedLength);
            // The graph runs on every core, so this stage does too: frames go in blocks of at least n_fft / hop, so that
            // blocks two apart never add to the same sample; the even-numbered blocks run in parallel, then the odd ones.
            var blockFrames = Math.Max(_minimumBlockFrames, (frames + 2 * Environment.ProcessorCount - 1) / (2 * Environment.ProcessorCount));
            var blocks = (frames + blockFrames - 1) / blockFrames;
            for (var parity = 0; parity < 2; parity++)
            {
                Parallel.For(0, (blocks - parity + 1) / 2, i =>
                {
                    var first = (2 * i + parity) * blockFrames;
                    AddFrames(real.Span, imaginary.Span, frames, first, Math.Min(frames, first + blockFrames), summed);
                });
            }

            var interiorEnd = HopSamples * frames;
            for (var i = 0; i < output.Length; i++)
            {
                var position = _half + i;
                // Within n_fft of the start or hop of the end, frames are missing from the sum: the envelope is smaller.
                output[i] = position < _fftSize || position >= interiorEnd
                    ? (float)(summed[position] / Envelope(position, frames))
                    : (float)(summed[position] * _inverseInteriorEnvelope[position % HopSamples]);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(summed);
        }

        return output;
    }

    /// <summary>Adds frames <paramref name="first"/> to <paramref name="end"/> (exclusive), each inverted and windowed, into <paramref name="summed"/>.</summary>
    private void AddFrames(ReadOnlySpan<float> real, ReadOnlySpan<float> imaginary, int frames, int first, int end, double[] summed)
    {
        Span<double> evenPart = stackalloc double[_half];
        Span<double> oddPart = stackalloc double[_half];
        for (var frame = first; frame < end; frame++)
        {
            InverseRealDft(real, imaginary, frames, frame, evenPart, oddPart);
            var target = summed.AsSpan(frame * HopSamples, _fftSize);
            for (var m = 0; m < _half; m++)
            {
                target[2 * m] += evenPart[m] * _windowOverHalf[2 * m];
                target[2 * m + 1] += oddPart[m] * _windowOverHalf[2 * m + 1];
            }
        }
    }

    /// <summary>
    /// Inverse real DFT of one frame through a complex FFT of half the length: the even samples come back in
    /// <paramref name="evenPart"/>, the odd ones in <paramref name="oddPart"/>, both still to be divided by n_fft / 2.
    /// </summary>
    private void InverseRealDft(ReadOnlySpan<float> real, ReadOnlySpan<float> imaginary, int frames, int frame,
        Span<double> evenPart, Span<double> oddPart)
    {
        // Bins k and h − k feed both packed values k and h − k: each pair is read once (the reads stride over the
        // bins-major spectrum and cost more than the arithmetic). Bin 0 pairs with bin h, both taken as real.
        Pack(evenPart, oddPart, 0, real[frame], 0, real[_half * frames + frame], 0);
        for (var k = 1; k <= _half / 2; k++)
        {
            var mirror = _half - k;
            double binRe = real[k * frames + frame], binIm = imaginary[k * frames + frame];
            double mirrorRe = real[mirror * frames + frame], mirrorIm = imaginary[mirror * frames + frame];
            Pack(evenPart, oddPart, k, binRe, binIm, mirrorRe, mirrorIm);
            Pack(evenPart, oddPart, mirror, mirrorRe, mirrorIm, binRe, binIm);
        }

        _halfFft.Forward(evenPart, oddPart);
        for (var m = 0; m < _half; m++)
            oddPart[m] = -oddPart[m];
    }

    /// <summary>
    /// Packed value k from X[k] (<paramref name="binRe"/>, <paramref name="binIm"/>) and X[h − k] (the mirror), stored
    /// conjugated for the inverse FFT taken as conj(FFT(conj Z)).
    /// </summary>
    /// <remarks>
    /// With h = n / 2, the spectra of the even and odd samples are E[k] = (X[k] + conj X[h−k]) / 2 and
    /// O[k] = (X[k] − conj X[h−k]) / 2 · e^(2πik/n); the inverse FFT of Z = E + i·O has the even samples as its real part
    /// and the odd ones as its imaginary part.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Pack(Span<double> packedRe, Span<double> packedConjIm, int k, double binRe, double binIm, double mirrorRe, double mirrorIm)
    {
        var evenRe = 0.5 * (binRe + mirrorRe);
        var evenIm = 0.5 * (binIm - mirrorIm);
        var diffRe = 0.5 * (binRe - mirrorRe);
        var diffIm = 0.5 * (binIm + mirrorIm);
        var oddRe = diffRe * _unpackCos[k] - diffIm * _unpackSin[k];
        var oddIm = diffRe * _unpackSin[k] + diffIm * _unpackCos[k];
        packedRe[k] = evenRe - oddIm;
        packedConjIm[k] = -(evenIm + oddRe);
    }

    /// <summary>Σ w[p − hop·t]² over the frames t that cover sample <paramref name="position"/> of the overlap-added signal.</summary>
    private double Envelope(int position, int frames)
    {
        var first = Math.Max(0, (position - _fftSize + HopSamples) / HopSamples);
        var last = Math.Min(frames - 1, position / HopSamples);
        var sum = 0.0;
        for (var frame = first; frame <= last; frame++)
            sum += _windowSquared[position - frame * HopSamples];
        return sum;
    }
}
