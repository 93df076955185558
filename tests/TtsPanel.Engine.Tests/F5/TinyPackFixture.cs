using System.Text.Json;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.Tests.F5;

/// <summary>
/// The committed tiny random-weight pack (tests/fixtures/f5-tiny) loaded once on the CPU with the in-graph inverse STFT,
/// its spectrum vocoder with the C# inverse STFT, and the goldens.
/// </summary>
public sealed class TinyPackFixture : IDisposable
{
    public static readonly string Directory = System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "f5-tiny");

    public TinyPackFixture()
    {
        var (options, cpu) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        {
            Pack = F5Pack.Load(Directory, F5GraphRoles.Fp32, F5VocoderVariant.GraphIstft, options);
            SpectrumVocoder = F5Vocoder.LoadFor(Directory, cpu, F5VocoderVariant.CSharpIstft, options);
        }

        Runner = new F5GraphRunner(Pack);
        Goldens = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Directory, "goldens.json"))).RootElement;
    }

    public F5Pack Pack { get; }

    public F5GraphRunner Runner { get; }

    /// <summary>vocoder_spectrum.fp32.onnx followed by the C# inverse STFT.</summary>
    public F5Vocoder SpectrumVocoder { get; }

    /// <summary>goldens.json: the inputs and parameters the goldens were made with.</summary>
    public JsonElement Goldens { get; }

    public static string Path(string file) => System.IO.Path.Combine(Directory, file);

    public void Dispose()
    {
        Pack.Dispose();
        SpectrumVocoder.Dispose();
    }
}
