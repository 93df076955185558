namespace TtsPanel.App.History;

/// <summary>Which synthesis records a page or export asks for; every criterion left null matches everything.</summary>
/// <param name="Since">Records created at or after this time (UTC).</param>
/// <param name="Until">Records created before this time (UTC).</param>
/// <param name="VoiceId">Engine-qualified voice id, exact.</param>
/// <param name="Engine">Engine name, exact.</param>
/// <param name="ConfigurationId">Configuration id, exact.</param>
/// <param name="RunId">Benchmark run id.</param>
public sealed record RecordFilter(
    DateTime? Since = null,
    DateTime? Until = null,
    string? VoiceId = null,
    string? Engine = null,
    string? ConfigurationId = null,
    Guid? RunId = null)
{
    /// <summary>Every record.</summary>
    public static RecordFilter All { get; } = new();
}
