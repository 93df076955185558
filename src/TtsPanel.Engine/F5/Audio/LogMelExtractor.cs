using TtsPanel.Engine.Audio;

namespace TtsPanel.Engine.F5.Audio;

/// <summary>
/// The Vocos-style log-mel spectrogram F5-TTS conditions on: 1024-point STFT with a periodic Hann window, hop 256,
/// centred with reflect padding, magnitude spectrum, 100 HTK mel filters from 0 to 12 kHz without normalisation, and
/// ln(max(mel, 1e-5)). Produces floor(samples / 256) + 1 frames.
/// </summary>
public sealed class LogMelExtractor
{
    public const int SampleRateHz = 24_000;
    public const int FftSize = 1024;
    public const int HopSamples = 256;
    public const int MelChannels = 100;
    private const int Bins = FftSize / 2 + 1;
    private const double LogFloor = 1e-5;

    private readonly Fft _fft = new(FftSize);
    private readonly double[] _window = PeriodicHann(FftSize);
    private readonly float[][] _filters;

    /// <summary>Uses <paramref name="filters"/> ([mel][bin], 100 × 513) when given, else computes the HTK filters.</summary>
    public LogMelExtractor(float[][]? filters = null)
    {
        if (filters is not null && (filters.Length != MelChannels || filters.Any(f => f.Length != Bins)))
            throw new ArgumentException($"A mel filterbank needs {MelChannels} filters of {Bins} bins.", nameof(filters));
        _filters = filters ?? HtkMelFilters(Bins, MelChannels, SampleRateHz);
    }

    /// <summary>Mel filter m's weight for FFT bin k, as the model's torchaudio front-end builds it (float32).</summary>
    public float FilterWeight(int mel, int bin) => _filters[mel][bin];

    /// <summary>Computes the spectrogram of 24 kHz mono <paramref name="samples"/> (more than 512 of them).</summary>
    public MelSpectrogram Extract(ReadOnlySpan<float> samples)
    {
        if (samples.Length <= FftSize / 2)
            throw new ArgumentException($"Audio of {samples.Length} samples is too short for a mel spectrogram (more than {FftSize / 2} needed).");
        var frames = samples.Length / HopSamples + 1;
        var values = new float[frames * MelChannels];
        var real = new double[FftSize];
        var imaginary = new double[FftSize];
        var magnitude = new double[Bins];
        for (var frame = 0; frame < frames; frame++)
        {
            var centre = frame * HopSamples;
            for (var n = 0; n < FftSize; n++)
            {
                real[n] = ReflectedSample(samples, centre - FftSize / 2 + n) * _window[n];
                imaginary[n] = 0;
            }

            _fft.Forward(real, imaginary);
            for (var k = 0; k < Bins; k++)
                magnitude[k] = Math.Sqrt(real[k] * real[k] + imaginary[k] * imaginary[k]);
            for (var m = 0; m < MelChannels; m++)
            {
                double energy = 0;
                var filter = _filters[m];
                for (var k = 0; k < Bins; k++)
                    energy += filter[k] * magnitude[k];
                values[frame * MelChannels + m] = (float)Math.Log(Math.Max(energy, LogFloor));
            }
        }

        return new MelSpectrogram(values, frames, MelChannels);
    }

    /// <summary>The signal extended by reflection about its end samples (the end sample itself is not repeated).</summary>
    private static float ReflectedSample(ReadOnlySpan<float> samples, int index)
    {
        if (index < 0)
            return samples[-index];
        if (index >= samples.Length)
            return samples[2 * (samples.Length - 1) - index];
        return samples[index];
    }

    private static double[] PeriodicHann(int size)
    {
        var window = new double[size];
        for (var n = 0; n < size; n++)
            window[n] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * n / size);
        return window;
    }

    /// <summary>
    /// The HTK filters torchaudio builds, computed here in double: they differ from torchaudio's float32 matrix by up
    /// to 1.2e-5, so a pack's own matrix is preferred when it has one.
    /// </summary>
    private static float[][] HtkMelFilters(int bins, int mels, int sampleRateHz)
    {
        var nyquist = sampleRateHz / 2.0;
        static double ToMel(double hz) => 2595 * Math.Log10(1 + hz / 700);
        static double ToHz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
        var points = new double[mels + 2];
        for (var i = 0; i < points.Length; i++)
            points[i] = ToHz(ToMel(nyquist) * i / (mels + 1));
        var filters = new float[mels][];
        for (var m = 0; m < mels; m++)
        {
            filters[m] = new float[bins];
            for (var k = 0; k < bins; k++)
            {
                var hz = nyquist * k / (bins - 1);
                var rising = (hz - points[m]) / (points[m + 1] - points[m]);
                var falling = (points[m + 2] - hz) / (points[m + 2] - points[m + 1]);
                filters[m][k] = (float)Math.Max(0, Math.Min(rising, falling));
            }
        }

        return filters;
    }
}
