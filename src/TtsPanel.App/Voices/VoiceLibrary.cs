using System.Text;
using System.Text.Json;
using TtsPanel.Engine.F5.Reference;

namespace TtsPanel.App.Voices;

/// <summary>
/// Adds and removes cloned voices in the voices folder. An upload is checked the way the engine will use it (the clip
/// is prepared once) before anything is written, so a voice that is stored can speak.
/// </summary>
public sealed class VoiceLibrary(FolderVoiceSource folder, TimeProvider time)
{
    /// <summary>Largest clip accepted: 30 s of 48 kHz stereo 32-bit audio fits.</summary>
    public const int MaxClipBytes = 20 * 1024 * 1024;

    public const int MaxNameLength = 60;
    public const int MaxTranscriptLength = 500;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };
    private readonly ReferencePreparer _preparer = new();

    public VoiceUploadResult Add(VoiceUpload upload)
    {
        var errors = Validate(upload);
        if (errors.Count > 0)
            return new VoiceUploadResult(null, errors);

        var id = UniqueId(upload.Name!);
        var directory = Directory.CreateDirectory(Path.Combine(folder.Root, id)).FullName;
        File.WriteAllBytes(Path.Combine(directory, FolderVoiceSource.ReferenceFileName), upload.Wav);
        var description = new VoiceDescription(upload.Name!.Trim(), string.IsNullOrWhiteSpace(upload.Language) ? "en" : upload.Language.Trim(),
            upload.Transcript!.Trim(), true, time.GetUtcNow());
        File.WriteAllText(Path.Combine(directory, FolderVoiceSource.DescriptionFileName), JsonSerializer.Serialize(description, Json));
        folder.Refresh();
        return new VoiceUploadResult(id, errors);
    }

    /// <summary>Deletes a voice's folder; false when there is no such voice.</summary>
    public bool Remove(string voiceId)
    {
        var directory = Path.Combine(folder.Root, voiceId);
        if (voiceId.IndexOfAny(['/', '\\', '.']) >= 0 || !Directory.Exists(directory))
            return false;
        Directory.Delete(directory, recursive: true);
        folder.Refresh();
        return true;
    }

    private Dictionary<string, string> Validate(VoiceUpload upload)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(upload.Name) || upload.Name.Trim().Length > MaxNameLength)
            errors["name"] = $"Give the voice a name of 1 to {MaxNameLength} characters.";
        if (string.IsNullOrWhiteSpace(upload.Transcript) || upload.Transcript.Trim().Length > MaxTranscriptLength)
            errors["transcript"] = $"Write down exactly what is said in the clip (1 to {MaxTranscriptLength} characters).";
        if (!upload.ConsentConfirmed)
            errors["consent"] = "Confirm that the speaker agreed to have their voice cloned.";
        if (upload.Wav.Length > MaxClipBytes)
            errors["clip"] = $"The clip is {upload.Wav.Length / 1024 / 1024} MB; the limit is {MaxClipBytes / 1024 / 1024} MB.";
        else if (!errors.ContainsKey("transcript"))
        {
            try
            {
                _preparer.Prepare(upload.Wav, upload.Transcript!, targetRms: 0.1);
            }
            catch (ReferenceAudioException e)
            {
                errors["clip"] = e.Message;
            }
        }

        return errors;
    }

    /// <summary>A folder name from the voice's name: lower-case letters and digits joined by dashes, numbered if taken.</summary>
    private string UniqueId(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }

        var stem = slug.ToString().Trim('-') is { Length: > 0 } text ? text : "voice";
        var id = stem;
        for (var n = 2; Directory.Exists(Path.Combine(folder.Root, id)); n++)
            id = $"{stem}-{n}";
        return id;
    }
}
