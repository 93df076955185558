using Microsoft.ML.OnnxRuntime;
using Spectre.Console;
using TtsPanel.Bench;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.Onnx;

// The bench CLI: "synth" speaks one message outside the panel, "vocoder" times the two vocoder variants, "chat" times the chat path into the queue. Bad arguments and unusable inputs exit with 2, and so
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
        case "chat":
            return await ChatCommand.RunAsync(ChatBenchOptions.Parse(args[1..]), console, CancellationToken.None);
        default:
            console.WriteLine("Usage: dotnet run --project src/TtsPanel.Bench -- " + SynthOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + VocoderOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + ChatBenchOptions.Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or ModelPackException or ReferenceAudioException or IOException or OnnxRuntimeException)
{
    console.MarkupLineInterpolated($"[red]{e.Message}[/]");
    return 2;
}
