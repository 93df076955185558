using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

public class StartupTests
{
    [Theory]
    [InlineData("Queue:MaxItems", "0", "Queue:MaxItems must be between 1 and 10000 (was 0).")]
    [InlineData("Server:BindAddress", "not-an-ip", "Server:BindAddress must be an IP address such as 127.0.0.1 or 0.0.0.0 (was 'not-an-ip').")]
    [InlineData("Engine:DefaultVoice", "robot", "Engine:DefaultVoice must look like engine:voice, e.g. espeak-ng:en-us (was 'robot').")]
    [InlineData("Tracker:RegressionMargin", "-1", "Tracker:RegressionMargin must be between 0 and 10 (was -1).")]
    public async Task Start_InvalidSetting_StopsWithAMessageNamingTheKey(string key, string value, string message)
    {
        var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string> { [key] = value });

        Assert.Equal(2, exitCode);
        Assert.Contains("TtsPanel did not start:", output);
        Assert.Contains(message, output);
    }

    [Fact]
    public async Task Start_CorruptDatabase_StopsNamingTheFile()
    {
        var directory = Directory.CreateTempSubdirectory("ttspanel-corrupt-").FullName;
        try
        {
            var file = Path.Combine(directory, "ttspanel.db");
            await File.WriteAllBytesAsync(file, Enumerable.Range(0, 16_384).Select(i => (byte)(i * 7)).ToArray());

            var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string> { ["Storage:DataDirectory"] = directory });

            Assert.Equal(2, exitCode);
            Assert.Contains($"Cannot open the database '{file}'", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Start_DatabaseInUseByAnotherPanel_StopsNamingTheFile()
    {
        await using var first = await PanelProcess.StartAsync();

        var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string> { ["Storage:DataDirectory"] = first.DataDirectory });

        Assert.Equal(2, exitCode);
        Assert.Contains($"Cannot open the database '{first.DatabasePath}': another program (a running panel or bench run) is using it.", output);
    }
}
