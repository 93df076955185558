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

    /// <summary>The same time window without the other criteria.</summary>
    public RecordFilter TimeOnly => new(Since, Until);

    /// <summary>Whether a voice, engine or configuration narrows the records (a run is handled by its own index).</summary>
    public bool HasAttributeCriteria => VoiceId is not null || Engine is not null || ConfigurationId is not null;

    /// <summary>Whether <paramref name="record"/> meets every criterion.</summary>
    public bool Matches(SynthesisRecord record) =>
        (Since is not { } since || record.CreatedAt >= since)
        && (Until is not { } until || record.CreatedAt < until)
        && (VoiceId is null || record.VoiceId == VoiceId)
        && (Engine is null || record.Engine == Engine)
        && (ConfigurationId is null || record.ConfigurationId == ConfigurationId)
        && (RunId is null || record.RunId == RunId);
}
