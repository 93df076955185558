using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Audio;
using TtsPanel.Engine.F5;

namespace TtsPanel.Web.Components.Pages;

/// <summary>The streamer's cloned voices: list, add (with clip validation and consent), preview and remove.</summary>
public partial class Voices
{
    private const string PreviewText = "Hello chat, this is how I sound.";

    private IReadOnlyList<F5VoiceClip> _voices = [];
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private string? _name;
    private string _language = "en";
    private string? _transcript;
    private bool _consent;
    private byte[] _clip = [];
    private string? _added;
    private string? _previewWav;
    private string? _previewError;
    private bool _previewing;

    [Inject] private FolderVoiceSource Folder { get; set; } = null!;

    [Inject] private VoiceLibrary Library { get; set; } = null!;

    [Inject] private VoiceCatalog Catalog { get; set; } = null!;

    private ITtsEngine? F5 => Catalog.Engines.FirstOrDefault(e => e.Name == F5Engine.EngineName);

    protected override void OnInitialized() => _voices = Folder.Voices;

    private async Task SelectClipAsync(InputFileChangeEventArgs e)
    {
        _errors = new Dictionary<string, string>();
        try
        {
            await using var stream = e.File.OpenReadStream(VoiceLibrary.MaxClipBytes);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            _clip = buffer.ToArray();
        }
        catch (IOException)
        {
            // OpenReadStream refuses files over the limit; the library would too, with this wording.
            _clip = [];
            _errors = new Dictionary<string, string> { ["clip"] = $"The clip is larger than {VoiceLibrary.MaxClipBytes / 1024 / 1024} MB." };
        }
    }

    private void Add()
    {
        var result = Library.Add(new VoiceUpload(_name, _language, _transcript, _consent, _clip));
        _errors = result.Errors;
        _added = result.VoiceId;
        if (result.Succeeded)
        {
            (_name, _transcript, _consent, _clip) = (null, null, false, []);
            _voices = Folder.Voices;
        }
    }

    private void Remove(string voiceId)
    {
        Library.Remove(voiceId);
        _voices = Folder.Voices;
    }

    private async Task PreviewAsync(F5VoiceClip clip)
    {
        var voice = Catalog.Find(VoiceInfo.QualifiedId(F5Engine.EngineName, clip.Id));
        if (F5 is not { } engine || voice is null)
            return;
        (_previewing, _previewError, _previewWav) = (true, null, null);
        try
        {
            var result = await engine.SynthesizeAsync(new SynthesisRequest(PreviewText, voice), CancellationToken.None);
            _previewWav = "data:audio/wav;base64," + Convert.ToBase64String(WavEncoder.EncodePcm16(result.Samples, result.SampleRateHz));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A voice whose clip became unreadable fails here; say why instead of breaking the page.
            _previewError = $"Preview failed: {e.Message}";
        }
        finally
        {
            _previewing = false;
        }
    }
}
