using TtsPanel.Testing;

namespace TtsPanel.Web.Tests.Integration;

public class StartupTests
{
    [Theory]
    [InlineData("Queue:MaxItems", "0", "Queue:MaxItems must be between 1 and 10000 (was 0).")]
    [InlineData("Server:BindAddress", "not-an-ip", "Server:BindAddress must be an IP address such as 127.0.0.1 or 0.0.0.0 (was 'not-an-ip').")]
    [InlineData("Webhook:Enabled", "true", "Webhook:Token must be set when Webhook:Enabled is true; use a long random string, e.g. from 'openssl rand -hex 32'.")]
    [InlineData("Engine:DefaultVoice", "robot", "Engine:DefaultVoice must look like engine:voice, e.g. espeak-ng:en-us (was 'robot').")]
    [InlineData("Chat:YouTube:Enabled", "true", "Chat:YouTube:ApiKey must be set when Chat:YouTube:Enabled is true (was empty).")]
    [InlineData("Chat:HoldWindowSeconds", "601", "Chat:HoldWindowSeconds must be between 0 and 600 (was 601).")]
    [InlineData("Chat:Twitch:Enabled", "true", "Chat:Twitch:Channels must list between 1 and 20 channels (was 0).")]
    [InlineData("Tracker:RegressionMargin", "-1", "Tracker:RegressionMargin must be between 0 and 10 (was -1).")]
    public async Task Start_InvalidSetting_StopsWithAMessageNamingTheKey(string key, string value, string message)
    {
        var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string> { [key] = value });

        Assert.Equal(2, exitCode);
        Assert.Contains("TtsPanel did not start:", output);
        Assert.Contains(message, output);
    }

    [Fact]
    public async Task Start_NonLoopbackBindWithoutAdminPassword_StopsBeforeListeningNamingTheSetting()
    {
        // 192.0.2.1 (TEST-NET-1) is on no interface here: even if the check failed, nothing could listen on it.
        var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string> { ["Server:BindAddress"] = "192.0.2.1" });

        Assert.Equal(2, exitCode);
        Assert.Contains("Server:BindAddress is 192.0.2.1, which other machines can reach, and no admin password is set: " +
            "start once with --Access:AdminPassword=<password> (at least 8 characters; only its hash is stored), or bind 127.0.0.1.", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task Start_AdminPasswordTooShort_StopsNamingTheKeyNotTheValue()
    {
        var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string> { ["Access:AdminPassword"] = "hunter2" });

        Assert.Equal(2, exitCode);
        Assert.Contains("Access:AdminPassword must be at least 8 characters long (was 7).", output);
        Assert.DoesNotContain("hunter2", output);
    }

    [Fact]
    public async Task Start_SameAdminAndModeratorPassword_StopsSayingTheyMustDiffer()
    {
        var (exitCode, output) = await PanelProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Access:AdminPassword"] = "same-password-1",
            ["Access:ModeratorPassword"] = "same-password-1",
        });

        Assert.Equal(2, exitCode);
        Assert.Contains("Access:ModeratorPassword must differ from Access:AdminPassword.", output);
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
