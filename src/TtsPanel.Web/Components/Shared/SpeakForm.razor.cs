using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TtsPanel.App.Queue;
using TtsPanel.App.Voices;

namespace TtsPanel.Web.Components.Shared;

/// <summary>The dashboard's text box: type, pick a voice, Speak or Ctrl+Enter. Refusals show under the field at fault.</summary>
public partial class SpeakForm
{
    private string? _text;
    private string? _voiceId;
    private SpeakError? _error;

    [Inject] private SpeakService Speech { get; set; } = null!;

    [Inject] private VoiceCatalog Voices { get; set; } = null!;

    protected override void OnInitialized() => _voiceId = Voices.DefaultVoice?.Id;

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (e is { Key: "Enter", CtrlKey: true })
            Speak();
    }

    private void Speak()
    {
        var result = Speech.Speak(new SpeakRequest(_text, _voiceId));
        _error = result.Error;
        if (result.Item is not null)
            _text = "";
    }
}
