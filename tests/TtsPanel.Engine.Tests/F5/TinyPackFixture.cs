using System.Text.Json;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.Tests.F5;

/// <summary>The committed tiny random-weight pack (tests/fixtures/f5-tiny) loaded once on the CPU, with its goldens.</summary>
public sealed class TinyPackFixture : IDisposable
{
    public static readonly string Directory = System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "f5-tiny");

    public TinyPackFixture()
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
            Pack = F5Pack.Load(Directory, F5GraphRoles.Fp32, options);
        Runner = new F5GraphRunner(Pack);
        Goldens = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Directory, "goldens.json"))).RootElement;
    }

    public F5Pack Pack { get; }

    public F5GraphRunner Runner { get; }

    /// <summary>goldens.json: the inputs and parameters the goldens were made with.</summary>
    public JsonElement Goldens { get; }

    public static string Path(string file) => System.IO.Path.Combine(Directory, file);

    public void Dispose() => Pack.Dispose();
}
