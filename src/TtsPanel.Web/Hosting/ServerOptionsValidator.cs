using System.Net;
using Microsoft.Extensions.Options;
using TtsPanel.App;

namespace TtsPanel.Web.Hosting;

/// <summary>Checks <see cref="ServerOptions"/>; each message names the key and the value.</summary>
public sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var failures = new List<string>();
        if (!IPAddress.TryParse(options.BindAddress, out _))
            failures.Add($"{ServerOptions.Section}:BindAddress must be an IP address such as 127.0.0.1 or 0.0.0.0 (was '{options.BindAddress}').");
        OptionRange.Check(failures, $"{ServerOptions.Section}:Port", options.Port, 0, 65_535);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
