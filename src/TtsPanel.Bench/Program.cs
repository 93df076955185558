using Spectre.Console;
using TtsPanel.Bench;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.Onnx;

// The bench CLI: "synth" speaks one message outside the panel. Bad arguments and unusable inputs exit with 2.
var console = AnsiConsole.Console;
if (args.Length == 0 || args[0] != "synth")
{
    console.WriteLine("Usage: dotnet run --project src/TtsPanel.Bench -- " + SynthOptions.Usage);
    return 2;
}

try
{
    return SynthCommand.Run(SynthOptions.Parse(args[1..]), console);
}
catch (Exception e) when (e is ArgumentException or ModelPackException or ReferenceAudioException or IOException)
{
    console.MarkupLineInterpolated($"[red]{e.Message}[/]");
    return 2;
}
