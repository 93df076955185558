namespace TtsPanel.Web.Hosting;

/// <summary>How the panel refuses to start: every reason on standard error, and exit code 2.</summary>
public static class StartupFailure
{
    public const int ExitCode = 2;

    public static int Report(IEnumerable<string> reasons)
    {
        Console.Error.WriteLine("TtsPanel did not start:");
        foreach (var reason in reasons)
            Console.Error.WriteLine($"  {reason}");
        return ExitCode;
    }
}
