namespace TtsPanel.Engine.Audio;

/// <summary>WAVE format tags this code reads and writes.</summary>
internal static class WavFormat
{
    public const short Pcm = 1;
    public const short IeeeFloat = 3;
    public const ushort Extensible = 0xFFFE;
}
