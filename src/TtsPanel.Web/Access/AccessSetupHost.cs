using System.Net;
using Microsoft.Extensions.Options;
using TtsPanel.Web.Hosting;

namespace TtsPanel.Web.Access;

/// <summary>
/// Runs before the server listens: stores the passwords given in settings, then refuses to start on an address other
/// machines can reach while no admin password is stored.
/// </summary>
public sealed class AccessSetupHost(AccessStore store, IOptions<AccessOptions> access, IOptions<ServerOptions> server,
    ILogger<AccessSetupHost> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Store(PanelRole.Admin, access.Value.AdminPassword, "AdminPassword");
        Store(PanelRole.Moderator, access.Value.ModeratorPassword, "ModeratorPassword");

        var bind = server.Value.BindAddress;
        if (store.IsOpen && !IPAddress.IsLoopback(IPAddress.Parse(bind)))
        {
            throw new OptionsValidationException(AccessOptions.Section, typeof(AccessOptions),
            [
                $"{ServerOptions.Section}:BindAddress is {bind}, which other machines can reach, and no admin password is set: " +
                $"start once with --{AccessOptions.Section}:AdminPassword=<password> (at least {PasswordRules.MinLength} characters; " +
                "only its hash is stored), or bind 127.0.0.1.",
            ]);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stores a password given in settings, unless it is already the stored one: a setting left in place does
    /// not log everyone out at each start.</summary>
    private void Store(PanelRole role, string? password, string key)
    {
        if (password is null)
            return;
        var setting = $"{AccessOptions.Section}:{key}";
        if (store.Matches(role, password))
        {
            logger.LogInformation("{Setting} is the stored {Role} password; the setting can be removed", setting, role);
            return;
        }

        store.SetPassword(role, password);
        logger.LogInformation("{Role} password stored from {Setting}; remove the setting now that it is stored", role, setting);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
