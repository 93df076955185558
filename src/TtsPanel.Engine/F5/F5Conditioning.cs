using Microsoft.ML.OnnxRuntime;

namespace TtsPanel.Engine.F5;

/// <summary>
/// The step-invariant part of one utterance, made once by the conditioning graph and fed to every flow step. The
/// tensors stay where the conditioning graph wrote them: in GPU memory on the CUDA provider, so that no flow step
/// copies them again (about 16 MB per step for a 15 s line), in host memory on the CPU. With CUDA graphs they live in
/// the frame count's <see cref="F5CudaGraphSlot"/>, which owns them.
/// </summary>
public sealed class F5Conditioning : IDisposable
{
    internal F5Conditioning(OrtValue condProjection, OrtValue ropeCos, OrtValue ropeSin, int frames)
    {
        CondProjection = condProjection;
        RopeCos = ropeCos;
        RopeSin = ropeSin;
        Frames = frames;
    }

    internal F5Conditioning(F5CudaGraphSlot slot)
    {
        (CondProjection, RopeCos, RopeSin) = slot.ConditioningValues;
        Frames = slot.Frames;
        Slot = slot;
    }

    /// <summary>(2, N, dim): row 0 conditional (reference mel and text), row 1 unconditional.</summary>
    public OrtValue CondProjection { get; }

    /// <summary>(N, dim_head) rotary cosine table.</summary>
    public OrtValue RopeCos { get; }

    /// <summary>(N, dim_head) rotary sine table.</summary>
    public OrtValue RopeSin { get; }

    /// <summary>N, the sequence length.</summary>
    public int Frames { get; }

    /// <summary>The CUDA graph slot the tensors live in; null without CUDA graphs.</summary>
    internal F5CudaGraphSlot? Slot { get; }

    public void Dispose()
    {
        if (Slot is not null)
            return;
        CondProjection.Dispose();
        RopeCos.Dispose();
        RopeSin.Dispose();
    }
}
