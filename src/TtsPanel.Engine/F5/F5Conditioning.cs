namespace TtsPanel.Engine.F5;

/// <summary>
/// The step-invariant part of one utterance, made once by the conditioning graph and fed to every flow step.
/// </summary>
/// <param name="CondProjection">(2, N, dim): row 0 conditional (reference mel and text), row 1 unconditional.</param>
/// <param name="RopeCos">(N, dim_head) rotary cosine table.</param>
/// <param name="RopeSin">(N, dim_head) rotary sine table.</param>
/// <param name="Frames">N, the sequence length.</param>
public sealed record F5Conditioning(float[] CondProjection, float[] RopeCos, float[] RopeSin, int Frames);
