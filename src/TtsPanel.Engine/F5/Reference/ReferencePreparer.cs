using System.Globalization;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// Turns an uploaded WAV and its transcript into a <see cref="PreparedReference"/>: decode, check the length, clip
/// to about 12 s at pauses and trim silent edges as the reference does, downmix, measure RMS and raise a quiet clip to
/// the target, resample to 24 kHz, log-mel.
/// </summary>
public sealed class ReferencePreparer
{
    /// <summary>Shortest clip accepted (decision 3).</summary>
    public const double MinSeconds = 1;

    /// <summary>Longest clip accepted before clipping (decision 3).</summary>
    public const double MaxSeconds = 30;

    /// <summary>Below this RMS a clip is taken as silence: boosting it would only amplify noise.</summary>
    public const double SilenceRms = 1e-4;

    private readonly LogMelExtractor _mel;

    /// <summary>Prepares clips with <paramref name="mel"/>, by default one that computes its own HTK filters.</summary>
    public ReferencePreparer(LogMelExtractor? mel = null) => _mel = mel ?? new LogMelExtractor();

    public PreparedReference Prepare(ReadOnlySpan<byte> wav, string transcript, double targetRms)
    {
        if (string.IsNullOrWhiteSpace(transcript))
            throw new ReferenceAudioException("A transcript of the reference clip is required.");
        PcmClip audio;
        try
        {
            audio = WavDecoder.DecodePcm(wav);
        }
        catch (WavFormatException e)
        {
            throw new ReferenceAudioException($"The reference clip cannot be read: {e.Message}", e);
        }

        if (audio.Seconds is < MinSeconds or > MaxSeconds)
            throw new ReferenceAudioException(
                $"The reference clip is {audio.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s long; it must be between {MinSeconds} and {MaxSeconds} s.");

        var clipped = ReferenceClipper.Clip(audio);
        var samples = clipped.ToMono();
        var rms = AudioMeasure.Rms(samples);
        if (rms < SilenceRms)
            throw new ReferenceAudioException("The reference clip is silent.");
        var boosted = rms < targetRms;
        if (boosted)
        {
            var gain = (float)(targetRms / rms);
            for (var i = 0; i < samples.Length; i++)
                samples[i] *= gain;
        }

        // The clipping may have changed the rate: pydub joins a clip slower than 11 025 Hz to its silence at that rate.
        var resampled = clipped.SampleRateHz == LogMelExtractor.SampleRateHz
            ? samples
            : new SincResampler(clipped.SampleRateHz, LogMelExtractor.SampleRateHz).Resample(samples);
        return new PreparedReference(resampled, _mel.Extract(resampled), rms, boosted, targetRms,
            ReferenceText.Normalize(transcript.Trim()), clipped.Seconds);
    }
}
