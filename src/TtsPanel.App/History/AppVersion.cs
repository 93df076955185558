using System.Reflection;

namespace TtsPanel.App.History;

/// <summary>The version stored with every synthesis, so a change in speed can be traced to a build.</summary>
public static class AppVersion
{
    /// <summary>
    /// The informational version of this assembly; the SDK appends the git commit (<c>1.0.0+3f2a…</c>) when the
    /// build ran inside a repository.
    /// </summary>
    public static string Current { get; } =
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
