using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5;

/// <summary>
/// A captured CUDA graph of the waveform vocoder for one mel frame count T: the mel input (1 × mel × T) and the
/// waveform output (hop · (T − 1) samples) in device buffers at fixed addresses, bound once, and the run option naming
/// the graph. T is the generated part of a message, so it differs between voices for one N and has its own slots.
/// </summary>
internal sealed class F5VocoderGraphSlot : IDisposable
{
    private readonly OnnxGraph _vocoder;
    private readonly DeviceTensor<float> _mel;
    private readonly DeviceTensor<float> _waveform;
    private readonly OrtIoBinding _binding;
    private readonly RunOptions _runOptions;

    public F5VocoderGraphSlot(OnnxGraph vocoder, OrtMemoryInfo gpuMemory, int melChannels, int hopLength, int frames, int graphId)
    {
        _vocoder = vocoder;
        _mel = new DeviceTensor<float>(gpuMemory, [1, melChannels, frames]);
        try
        {
            _waveform = new DeviceTensor<float>(gpuMemory, [1, (long)hopLength * (frames - 1)]);
        }
        catch
        {
            _mel.Dispose();
            throw;
        }

        _binding = vocoder.CreateBinding();
        _binding.BindInput("mel", _mel.Value);
        _binding.BindOutput("waveform", _waveform.Value);
        _runOptions = F5CudaGraphs.RunOptionsFor(graphId);
    }

    /// <summary>Channels-first mel (mel × T) → the waveform, through the captured graph (captured on the third run).</summary>
    public float[] Vocode(ReadOnlySpan<float> melChannelsFirst)
    {
        _mel.Upload(melChannelsFirst);
        _vocoder.Run(_runOptions, _binding);
        return _waveform.Download();
    }

    public void Dispose()
    {
        _runOptions.Dispose();
        _binding.Dispose();
        _waveform.Dispose();
        _mel.Dispose();
    }
}
