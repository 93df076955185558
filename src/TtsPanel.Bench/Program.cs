using Spectre.Console;
using TtsPanel.Bench;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.Onnx;

// The bench CLI: "synth" speaks one message outside the panel, "vocoder" times the two vocoder variants. Bad
// arguments and unusable inputs exit with 2.
var console = AnsiConsole.Console;
try
{
    switch (args.FirstOrDefault())
    {
        case "synth":
            return SynthCommand.Run(SynthOptions.Parse(args[1..]), console);
        case "vocoder":
            return VocoderCommand.Run(VocoderOptions.Parse(args[1..]), console);
        default:
            console.WriteLine("Usage: dotnet run --project src/TtsPanel.Bench -- " + SynthOptions.Usage);
            console.WriteLine("   or: dotnet run --project src/TtsPanel.Bench -- " + VocoderOptions.Usage);
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or ModelPackException or ReferenceAudioException or IOException)
{
    console.MarkupLineInterpolated($"[red]{e.Message}[/]");
    return 2;
}
