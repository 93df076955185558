using System.Globalization;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// Turns an uploaded WAV and its transcript into a <see cref="PreparedReference"/>: decode and downmix, check the
/// length, cut to the reference's 12 s, measure RMS and raise a quiet clip to the target, resample to 24 kHz, log-mel.
/// </summary>
public sealed class ReferencePreparer
{
    /// <summary>Shortest clip accepted (decision 3).</summary>
    public const double MinSeconds = 1;

    /// <summary>Longest clip accepted before clipping (decision 3).</summary>
    public const double MaxSeconds = 30;

    /// <summary>The reference keeps at most this much audio (its final hard cut, spec §1.1 step 3).</summary>
    public const double ClipSeconds = 12;

    /// <summary>Below this RMS a clip is taken as silence: boosting it would only amplify noise.</summary>
    public const double SilenceRms = 1e-4;

    private readonly LogMelExtractor _mel = new();

    public PreparedReference Prepare(ReadOnlySpan<byte> wav, string transcript, double targetRms)
    {
        if (string.IsNullOrWhiteSpace(transcript))
            throw new ReferenceAudioException("A transcript of the reference clip is required.");
        DecodedAudio audio;
        try
        {
            audio = WavDecoder.Decode(wav);
        }
        catch (WavFormatException e)
        {
            throw new ReferenceAudioException($"The reference clip cannot be read: {e.Message}", e);
        }

        if (audio.Seconds is < MinSeconds or > MaxSeconds)
            throw new ReferenceAudioException(
                $"The reference clip is {audio.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s long; it must be between {MinSeconds} and {MaxSeconds} s.");

        // The reference's silence-aware clipping (spec §1.1 steps 1-2, 4) is not ported yet; its final hard cut is.
        var kept = Math.Min(audio.Samples.Length, (int)(ClipSeconds * audio.SampleRateHz));
        var samples = audio.Samples.AsSpan(0, kept).ToArray();
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

        var resampled = audio.SampleRateHz == LogMelExtractor.SampleRateHz
            ? samples
            : new SincResampler(audio.SampleRateHz, LogMelExtractor.SampleRateHz).Resample(samples);
        return new PreparedReference(resampled, _mel.Extract(resampled), rms, boosted, targetRms,
            ReferenceText.Normalize(transcript.Trim()), (double)kept / audio.SampleRateHz);
    }
}
