namespace TtsPanel.Engine.Abstractions;

/// <summary>Where and how an engine computes, shown in the UI and stored with every synthesis.</summary>
/// <param name="Provider">Execution provider, e.g. <c>CUDA</c> or <c>CPU</c>.</param>
/// <param name="Device">What runs it, e.g. <c>CUDA device 0</c> or <c>CPU (16 cores)</c>.</param>
/// <param name="Precision">Numeric precision of the model, e.g. <c>fp16</c>; <c>n/a</c> for a rule-based engine.</param>
/// <param name="Reason">Why this provider was chosen.</param>
public sealed record EngineRuntime(string Provider, string Device, string Precision, string Reason);
