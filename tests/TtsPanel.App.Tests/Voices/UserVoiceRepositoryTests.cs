using Microsoft.Extensions.Options;
using TtsPanel.App.Storage;
using TtsPanel.App.Voices;

namespace TtsPanel.App.Tests.Voices;

public sealed class UserVoiceRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-uservoices-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PanelDatabase Open() => new(Options.Create(new StorageOptions { DataDirectory = _directory }));

    [Fact]
    public void Find_NothingSet_IsNull()
    {
        using var database = Open();

        Assert.Null(new UserVoiceRepository(database).Find("twitch", "123"));
    }

    [Fact]
    public void Set_Twice_KeepsTheLatestVoice_PerSourceAndUser()
    {
        using var database = Open();
        var voices = new UserVoiceRepository(database);

        voices.Set("twitch", "123", "viewer", "espeak-ng:de", Now);
        voices.Set("twitch", "123", "viewer", "espeak-ng:fr", Now);
        voices.Set("youtube", "123", "viewer", "espeak-ng:it", Now);

        Assert.Equal(("espeak-ng:fr", "espeak-ng:it"), (voices.Find("twitch", "123"), voices.Find("youtube", "123")));
    }

    [Fact]
    public void Set_SurvivesReopeningTheDatabase()
    {
        using (var database = Open())
            new UserVoiceRepository(database).Set("twitch", "123", "viewer", "espeak-ng:de", Now);

        using var reopened = Open();
        Assert.Equal("espeak-ng:de", new UserVoiceRepository(reopened).Find("twitch", "123"));
    }
}
