using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TtsPanel.App.Storage;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Audio;

namespace TtsPanel.App.Tests.Voices;

public sealed class VoiceLibraryTests : IDisposable
{
    private static readonly byte[] Clip = WavEncoder.EncodePcm16(
        Enumerable.Range(0, 48_000).Select(i => 0.3f * MathF.Sin(i * 0.05f)).ToArray(), 24_000);

    private readonly string _data = Directory.CreateTempSubdirectory("ttspanel-library-").FullName;
    private readonly FolderVoiceSource _source;
    private readonly VoiceLibrary _library;

    public VoiceLibraryTests()
    {
        _source = new FolderVoiceSource(Options.Create(new StorageOptions { DataDirectory = _data }), NullLogger<FolderVoiceSource>.Instance);
        _library = new VoiceLibrary(_source, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Add_CompleteUpload_StoresAVoiceTheEngineCanUse()
    {
        var result = _library.Add(new VoiceUpload("Anna Smith", "en", " Hello there. ", true, Clip));

        Assert.Equal("anna-smith", result.VoiceId);
        var voice = Assert.Single(_source.Voices);
        Assert.Equal(("anna-smith", "Anna Smith", "Hello there."), (voice.Id, voice.Name, voice.Transcript));
        Assert.Equal(Clip, File.ReadAllBytes(voice.ReferencePath));
        Assert.Contains("\"consentConfirmedAt\": \"2026-11-24T12:00:00+00:00\"", File.ReadAllText(Path.Combine(_source.Root, "anna-smith", "voice.json")));
    }

    [Fact]
    public void Add_SameNameTwice_GetsANumberedId()
    {
        _library.Add(new VoiceUpload("Anna", "en", "Hi.", true, Clip));

        Assert.Equal("anna-2", _library.Add(new VoiceUpload("Anna", "en", "Hi.", true, Clip)).VoiceId);
    }

    [Fact]
    public void Add_IncompleteUpload_NamesEveryProblemAndWritesNothing()
    {
        var result = _library.Add(new VoiceUpload(" ", null, "", false, Clip));

        Assert.False(result.Succeeded);
        Assert.Equal(["consent", "name", "transcript"], result.Errors.Keys.Order());
        Assert.Equal("Confirm that the speaker agreed to have their voice cloned.", result.Errors["consent"]);
        Assert.Empty(_source.Voices);
    }

    [Theory]
    [InlineData(0.3, "The reference clip is 0.3 s long; it must be between 1 and 30 s.")]
    [InlineData(-1, "The reference clip cannot be read: Not a WAV file: the RIFF/WAVE header is missing.")]
    public void Add_UnusableClip_SaysWhyOnTheClipField(double seconds, string message)
    {
        var wav = seconds < 0 ? "not audio"u8.ToArray() : WavEncoder.EncodePcm16(new float[(int)(seconds * 24_000)].Select((_, i) => 0.3f * MathF.Sin(i)).ToArray(), 24_000);

        var result = _library.Add(new VoiceUpload("Anna", "en", "Hi.", true, wav));

        Assert.Equal(message, result.Errors["clip"]);
        Assert.False(Directory.Exists(_source.Root) && Directory.EnumerateDirectories(_source.Root).Any());
    }

    [Fact]
    public void Remove_ExistingVoice_DeletesIt_AndRejectsPathTricks()
    {
        _library.Add(new VoiceUpload("Anna", "en", "Hi.", true, Clip));

        Assert.False(_library.Remove("../anna"));
        Assert.True(_library.Remove("anna"));
        Assert.Empty(_source.Voices);
        Assert.False(_library.Remove("anna"));
    }
}
