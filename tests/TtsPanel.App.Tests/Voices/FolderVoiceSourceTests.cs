using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Tests.Voices;

public sealed class FolderVoiceSourceTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ttspanel-voices-").FullName;
    private readonly FolderVoiceSource _source;

    public FolderVoiceSourceTests() =>
        _source = new FolderVoiceSource(Options.Create(new StorageOptions { DataDirectory = _data }), NullLogger<FolderVoiceSource>.Instance);

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private void AddVoice(string id, string? json, bool withWav = true)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_source.Root, id)).FullName;
        if (json is not null)
            File.WriteAllText(Path.Combine(folder, "voice.json"), json);
        if (withWav)
            File.WriteAllBytes(Path.Combine(folder, "reference.wav"), [1]);
    }

    [Fact]
    public void Voices_CompleteFolder_IsAVoiceWithItsTranscript()
    {
        AddVoice("anna", """{"name": "Anna", "language": "de", "transcript": "Hallo zusammen.", "consentConfirmed": true}""");

        var voice = Assert.Single(_source.Voices);

        Assert.Equal(("anna", "Anna", "de", "Hallo zusammen."), (voice.Id, voice.Name, voice.Language, voice.Transcript));
        Assert.Equal(Path.Combine(_source.Root, "anna", "reference.wav"), voice.ReferencePath);
    }

    [Theory]
    [InlineData("""{"name": "A", "consentConfirmed": true}""", true)]
    [InlineData("""{"transcript": "Hi.", "consentConfirmed": false}""", true)]
    [InlineData("""{"transcript": "Hi.", "consentConfirmed": true}""", false)]
    [InlineData("{ broken", true)]
    [InlineData(null, true)]
    public void Voices_IncompleteFolder_IsSkippedAndOthersStay(string? json, bool withWav)
    {
        AddVoice("broken", json, withWav);
        AddVoice("good", """{"transcript": "Hi.", "consentConfirmed": true}""");

        Assert.Equal(["good"], _source.Voices.Select(v => v.Id));
    }

    [Fact]
    public void Voices_NoVoicesFolder_IsEmpty() => Assert.Empty(_source.Voices);

    [Fact]
    public void Voices_AreKeptUntilRefreshOrANewFolder()
    {
        AddVoice("anna", """{"name": "Anna", "transcript": "Hi.", "consentConfirmed": true}""");
        Assert.Equal("Anna", Assert.Single(_source.Voices).Name);

        // An edit inside a folder is not seen until Refresh; a new folder is seen at once.
        File.WriteAllText(Path.Combine(_source.Root, "anna", "voice.json"), """{"name": "Anne", "transcript": "Hi.", "consentConfirmed": true}""");
        var kept = _source.Voices;
        _source.Refresh();

        Assert.Equal("Anna", Assert.Single(kept).Name);
        Assert.Equal("Anne", Assert.Single(_source.Voices).Name);
    }
}
