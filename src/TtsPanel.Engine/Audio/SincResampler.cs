namespace TtsPanel.Engine.Audio;

/// <summary>
/// Band-limited resampling between any two integer rates with a Hann-windowed sinc filter: 6 zero crossings and a
/// cut-off at 0.99 of the lower Nyquist frequency, the defaults torchaudio's <c>resample</c> uses, so our reference
/// audio lines up with what the F5-TTS reference code feeds its model.
/// </summary>
public sealed class SincResampler
{
    private const int ZeroCrossings = 6;
    private const double Rolloff = 0.99;

    private readonly int _inputStep;   // input rate divided by gcd: input samples per output period
    private readonly int _outputStep;  // output rate divided by gcd: output samples per period (the phase count)
    private readonly int _halfWidth;   // filter half-width in input samples
    private readonly float[][] _phaseKernels;

    public SincResampler(int inputRateHz, int outputRateHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputRateHz);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputRateHz);
        InputRateHz = inputRateHz;
        OutputRateHz = outputRateHz;
        var divisor = GreatestCommonDivisor(inputRateHz, outputRateHz);
        _inputStep = inputRateHz / divisor;
        _outputStep = outputRateHz / divisor;
        var cutoff = Math.Min(_inputStep, _outputStep) * Rolloff;
        _halfWidth = (int)Math.Ceiling(ZeroCrossings * _inputStep / cutoff);
        _phaseKernels = BuildKernels(cutoff);
    }

    public int InputRateHz { get; }

    public int OutputRateHz { get; }

    /// <summary>Resamples a whole signal; the result has ceil(length × out / in) samples.</summary>
    public float[] Resample(ReadOnlySpan<float> input)
    {
        if (_inputStep == _outputStep)
            return input.ToArray();
        var outputLength = (int)Math.Ceiling((long)_outputStep * input.Length / (double)_inputStep);
        var output = new float[outputLength];
        for (var n = 0; n < outputLength; n++)
        {
            var period = n / _outputStep;
            var kernel = _phaseKernels[n % _outputStep];
            // Tap i of the kernel multiplies input sample (period × inputStep + i − halfWidth); outside the signal is zero.
            var firstInput = period * _inputStep - _halfWidth;
            var firstTap = Math.Max(0, -firstInput);
            var lastTap = Math.Min(kernel.Length, input.Length - firstInput);
            double sum = 0;
            for (var tap = firstTap; tap < lastTap; tap++)
                sum += kernel[tap] * input[firstInput + tap];
            output[n] = (float)sum;
        }

        return output;
    }

    private float[][] BuildKernels(double cutoff)
    {
        var taps = 2 * _halfWidth + _inputStep;
        var scale = cutoff / _inputStep;
        var kernels = new float[_outputStep][];
        for (var phase = 0; phase < _outputStep; phase++)
        {
            kernels[phase] = new float[taps];
            for (var tap = 0; tap < taps; tap++)
            {
                // Distance from the output instant to the input sample, in units of the cut-off period.
                var t = ((double)(tap - _halfWidth) / _inputStep - (double)phase / _outputStep) * cutoff;
                t = Math.Clamp(t, -ZeroCrossings, ZeroCrossings);
                var window = Math.Pow(Math.Cos(t * Math.PI / ZeroCrossings / 2), 2);
                var x = t * Math.PI;
                var sinc = x == 0 ? 1.0 : Math.Sin(x) / x;
                kernels[phase][tap] = (float)(sinc * window * scale);
            }
        }

        return kernels;
    }

    private static int GreatestCommonDivisor(int a, int b) => b == 0 ? a : GreatestCommonDivisor(b, a % b);
}
