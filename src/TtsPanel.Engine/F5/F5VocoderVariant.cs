namespace TtsPanel.Engine.F5;

/// <summary>
/// Where the vocoder's inverse STFT runs (decision 6). Both give the same waveform (within 1e-7) and took the same time
/// on the CPU (docs/benchmarks.md), so the default is the one that needs no extra graph in the pack.
/// </summary>
public enum F5VocoderVariant
{
    /// <summary><c>vocoder.&lt;precision&gt;.onnx</c>: mel → waveform, the inverse STFT inside the graph; every pack has it.</summary>
    GraphIstft,

    /// <summary>
    /// <c>vocoder_spectrum.&lt;precision&gt;.onnx</c> (exported with <c>--vocoder-spectrum</c>): mel → (real, imag), then the
    /// inverse STFT in C# (<see cref="Audio.InverseStft"/>).
    /// </summary>
    CSharpIstft,
}
