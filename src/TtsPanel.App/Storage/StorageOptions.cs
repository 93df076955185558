namespace TtsPanel.App.Storage;

/// <summary>Where the panel keeps its data (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the database and later clip files; relative paths start at the working directory. Default <c>data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>LiteDB file name inside <see cref="DataDirectory"/>. Default <c>ttspanel.db</c>.</summary>
    public string DatabaseFileName { get; set; } = "ttspanel.db";

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
