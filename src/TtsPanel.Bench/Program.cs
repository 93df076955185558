using Microsoft.ML.OnnxRuntime;
using Spectre.Console;
using TtsPanel.App.Storage;
using TtsPanel.Bench;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.Onnx;

// The bench CLI: "synth" speaks one message outside the panel, "vocoder" times the two vocoder variants, "run" times a
// benchmark set and stores it in the panel's database, "pageload" times the Performance page's queries on a big database, "chat" times the chat path into the queue. Bad arguments and unusable inputs exit with 2, and so
// does a provider that was asked for and does not load: a benchmark must never quietly run somewhere else.
var console = AnsiConsole.Console;
// Logs of benchmark sets are read in files: keep the per-run table on one line per run instead of 80 columns.
if (Console.IsOutputRedirected)
    console.Profile.Width = 200;
try
{
    switch (args.FirstOrDefault())
    {
        case "synth":
            return SynthCommand.Run(SynthOptions.Parse(args[1..]), console);
        case "vocoder":
            return VocoderCommand.Run(VocoderOptions.Parse(args[1..]), console);
        case "run":
            return await RunBenchmarkAsync(BenchRunOptions.Parse(args[1..]), console);
        case "pageload":
            return PageLoadCommand.Run(PageLoadOptions.Parse(args[1..]), console);
        case "chat":
            return await ChatCommand.RunAsync(ChatBenchOptions.Parse(args[1..]), console, CancellationToken.None);
        default:
            console.WriteLine("Usage: dotnet run --project src/TtsPanel.Bench -- " + SynthOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + VocoderOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + BenchRunOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + PageLoadOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + ChatBenchOptions.Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or ModelPackException or ReferenceAudioException or IOException or OnnxRuntimeException
                               or StorageException or FormatException)
{
    console.MarkupLineInterpolated($"[red]{e.Message}[/]");
    return 2;
}

// Ctrl+C stops the run after the current synthesis and stores it as cancelled with its records.
static async Task<int> RunBenchmarkAsync(BenchRunOptions options, IAnsiConsole console)
{
    using var cancel = new CancellationTokenSource();
    ConsoleCancelEventHandler onCancel = (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    Console.CancelKeyPress += onCancel;
    try
    {
        return await RunCommand.RunAsync(options, console, cancel.Token);
    }
    finally
    {
        Console.CancelKeyPress -= onCancel;
    }
}
