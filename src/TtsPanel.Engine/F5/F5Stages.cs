namespace TtsPanel.Engine.F5;

/// <summary>Names of the F5 pipeline's stages in stage timings and history records.</summary>
public static class F5Stages
{
    public const string TextFrontEnd = "text";
    public const string Reference = "reference";
    public const string Conditioning = "conditioning";
    public const string FlowSteps = "nfe";
    public const string Vocoder = "vocoder";
    public const string PostProcessing = "post";
}
