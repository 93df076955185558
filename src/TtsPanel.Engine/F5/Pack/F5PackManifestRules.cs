using TtsPanel.Engine.F5.Audio;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5.Pack;

/// <summary>The manifest values the engine's audio and text code are built for; anything else fails naming the key.</summary>
internal static class F5PackManifestRules
{
    public static F5PackManifest Check(string path, F5PackManifest manifest)
    {
        Require(path, "format_version", manifest.FormatVersion, F5Pack.SupportedFormatVersion);
        Require(path, "sample_rate", manifest.SampleRate, LogMelExtractor.SampleRateHz);
        Require(path, "hop_length", manifest.HopLength, LogMelExtractor.HopSamples);
        Require(path, "n_fft", manifest.FftSize, LogMelExtractor.FftSize);
        Require(path, "mel_channels", manifest.MelChannels, LogMelExtractor.MelChannels);
        if (manifest.Dit is null || manifest.Dit.Dim <= 0 || manifest.Dit.DimHead <= 0)
            throw new ModelPackException($"{path}: 'dit' must give positive 'dim' and 'dim_head'.");
        if (manifest.Vocabulary is null || manifest.Vocabulary.Count == 0)
            throw new ModelPackException($"{path}: 'vocab' is missing or empty.");
        if (manifest.Graphs is null || manifest.Graphs.Count == 0)
            throw new ModelPackException($"{path}: 'graphs' is missing or empty.");
        if (manifest.MaxFrames <= 0)
            throw new ModelPackException($"{path}: 'max_frames' must be positive (was {manifest.MaxFrames}).");
        return manifest;
    }

    private static void Require(string path, string key, int actual, int expected)
    {
        if (actual != expected)
            throw new ModelPackException($"{path}: '{key}' is {actual}; this engine supports {expected}.");
    }
}
