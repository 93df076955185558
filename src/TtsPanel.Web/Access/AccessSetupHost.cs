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
        if (access.Value.AdminPassword is { } admin)
        {
            store.SetPassword(PanelRole.Admin, admin);
            logger.LogInformation("Admin password stored from {Setting}; remove the setting now that it is stored", $"{AccessOptions.Section}:AdminPassword");
        }

        if (access.Value.ModeratorPassword is { } moderator)
        {
            store.SetPassword(PanelRole.Moderator, moderator);
            logger.LogInformation("Moderator password stored from {Setting}", $"{AccessOptions.Section}:ModeratorPassword");
        }

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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
