using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.Engine.F5;

namespace TtsPanel.App.Voices;

/// <summary>
/// Cloned voices kept as folders under <c>data/voices/&lt;id&gt;/</c>, each with <c>reference.wav</c> and
/// <c>voice.json</c> (name, language, transcript, and the streamer's confirmation of the speaker's consent). A folder
/// with a missing or malformed file is skipped with a warning naming it; the other voices stay available.
/// The list is read once and kept: the voice picker asks for it on every render. It is read again when a voice folder
/// appears or disappears, or when <see cref="Refresh"/> is called after a voice was written.
/// </summary>
public sealed class FolderVoiceSource(IOptions<StorageOptions> storage, ILogger<FolderVoiceSource> logger) : IF5VoiceSource
{
    public const string ReferenceFileName = "reference.wav";
    public const string DescriptionFileName = "voice.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private Snapshot? _snapshot;

    /// <summary>The folder holding one sub-folder per voice.</summary>
    public string Root => Path.GetFullPath(Path.Combine(storage.Value.DataDirectory, "voices"));

    public IReadOnlyList<F5VoiceClip> Voices
    {
        get
        {
            // Adding or removing a sub-folder changes the root's write time; edits inside a folder need Refresh.
            var writtenAt = Directory.Exists(Root) ? Directory.GetLastWriteTimeUtc(Root) : DateTime.MinValue;
            if (Volatile.Read(ref _snapshot) is { } snapshot && snapshot.RootWrittenAt == writtenAt)
                return snapshot.Voices;
            var voices = Directory.Exists(Root)
                ? Directory.GetDirectories(Root).Order(StringComparer.Ordinal).Select(Read).OfType<F5VoiceClip>().ToList()
                : [];
            Volatile.Write(ref _snapshot, new Snapshot(writtenAt, voices));
            return voices;
        }
    }

    /// <summary>Forgets the kept list, so the next read sees files just written.</summary>
    public void Refresh() => Volatile.Write(ref _snapshot, null);

    /// <summary>The voices as read when the folder had this write time.</summary>
    private sealed record Snapshot(DateTime RootWrittenAt, IReadOnlyList<F5VoiceClip> Voices);

    private F5VoiceClip? Read(string folder)
    {
        var id = Path.GetFileName(folder);
        var reference = Path.Combine(folder, ReferenceFileName);
        var descriptionPath = Path.Combine(folder, DescriptionFileName);
        try
        {
            var description = JsonSerializer.Deserialize<VoiceDescription>(File.ReadAllText(descriptionPath), Json);
            var problem = description switch
            {
                null => "it is empty",
                { Transcript: null or "" } => "'transcript' is missing",
                { ConsentConfirmed: not true } => "'consentConfirmed' is not true",
                _ when !File.Exists(reference) => $"{ReferenceFileName} is missing",
                _ => null,
            };
            if (problem is null)
                return new F5VoiceClip(id, description!.Name ?? id, description.Language ?? "en", reference, description.Transcript!);
            logger.LogWarning("Voice folder {Folder} skipped: {Problem}", folder, problem);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            logger.LogWarning("Voice folder {Folder} skipped: {DescriptionFile} cannot be read ({Error})", folder, DescriptionFileName, e.Message);
        }

        return null;
    }
}
