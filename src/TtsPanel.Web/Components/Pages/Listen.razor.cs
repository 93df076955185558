using Microsoft.AspNetCore.Components;
using TtsPanel.App.History;
using TtsPanel.App.Tracker.Listening;
using TtsPanel.App.Voices;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Components.Pages;

/// <summary>
/// Blind A/B listening: the same sentence under two configurations, played as A and B in random order; the
/// configurations stay out of the page (markup, ids, audio sources) until the listener has voted.
/// </summary>
public partial class Listen
{
    private const string DefaultSentence = "The quick brown fox jumps over the lazy dog, and the chat cheers.";

    private readonly OverridesModel _first = new() { Nfe = 6 };
    private readonly OverridesModel _second = new() { Nfe = 7 };
    private string? _voiceId;
    private string? _text = DefaultSentence;
    private bool _busy;
    private AbSession? _session;
    private int? _scoreA;
    private int? _scoreB;
    private PairPreference? _preference;

    [Inject] private VoiceCatalog Catalog { get; set; } = null!;

    [Inject] private ListeningService Listening { get; set; } = null!;

    [Inject] private HistoryRepository History { get; set; } = null!;

    private IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    protected override void OnInitialized() => _voiceId = Catalog.DefaultVoice?.Id;

    private string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    private async Task StartAsync()
    {
        _busy = true;
        Errors = new Dictionary<string, string>();
        try
        {
            var result = await Listening.StartAsync(new AbRequest(_text, _voiceId, _first.ToOverrides(), _second.ToOverrides()), CancellationToken.None);
            Errors = result.Errors;
            (_session, _scoreA, _scoreB, _preference) = (result.Session, null, null, null);
        }
        finally
        {
            _busy = false;
        }
    }

    private void SetScore(string letter, int score)
    {
        if (letter == "A")
            _scoreA = score;
        else
            _scoreB = score;
    }

    private void Vote(AbChoice? choice)
    {
        var result = Listening.Vote(_session!, choice, _scoreA, _scoreB);
        Errors = result.Errors;
        _preference = result.Preference;
    }

    private void NewPair() => (_session, _preference, Errors) = (null, null, new Dictionary<string, string>());

    private string LabelOf(string configurationId) => History.FindConfiguration(configurationId)?.Label ?? configurationId;

    private static string DataUri(byte[] wav) => "data:audio/wav;base64," + Convert.ToBase64String(wav);
}
