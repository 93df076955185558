using System.Text.Json.Nodes;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Pack;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.Tests.F5;

public sealed class F5PackTests : IDisposable
{
    private readonly string _pack = Directory.CreateTempSubdirectory("ttspanel-pack-").FullName;

    public F5PackTests()
    {
        foreach (var file in Directory.GetFiles(TinyPackFixture.Directory).Where(f => f.EndsWith(".onnx") || f.EndsWith("manifest.json") || f.EndsWith("mel_filterbank.npy")))
            System.IO.File.Copy(file, Path.Combine(_pack, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_pack, recursive: true);

    private string PackFile(string name) => Path.Combine(_pack, name);

    private ModelPackException LoadFails(F5VocoderVariant vocoder = F5VocoderVariant.GraphIstft)
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
            return Assert.Throws<ModelPackException>(() => F5Pack.Load(_pack, F5GraphRoles.Fp32, vocoder, options));
    }

    private void UnlistSpectrumVocoder() =>
        EditManifest(m => m["graphs"]!.AsArray().Remove(m["graphs"]!.AsArray().Single(g => (string)g!["role"]! == "vocoder_spectrum")));

    private void EditManifest(Action<JsonObject> edit)
    {
        var manifest = JsonNode.Parse(System.IO.File.ReadAllText(PackFile("manifest.json")))!.AsObject();
        edit(manifest);
        System.IO.File.WriteAllText(PackFile("manifest.json"), manifest.ToJsonString());
    }

    [Fact]
    public void Load_TinyPack_LoadsAllThreeGraphs()
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        using (var pack = F5Pack.Load(_pack, F5GraphRoles.Fp32, F5VocoderVariant.GraphIstft, options))
        {
            Assert.Equal("f5-tiny", pack.Manifest.Name);
            Assert.Equal(pack.Manifest.Vocabulary.Count, pack.Vocabulary.Count);
        }
    }

    [Fact]
    public void LoadFor_CpuProviderWithCudaGraphLengths_LoadsWithoutGraphsAndSpeaks()
    {
        // CUDA graphs exist only on the GPU: on the CPU the option changes nothing and the step runs as always.
        var (options, provider) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        var (graphOptions, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        using (graphOptions)
        using (var pack = F5Pack.LoadFor(_pack, provider, F5VocoderVariant.GraphIstft, options, graphOptions, cudaGraphLengths: 8))
        {
            Assert.Null(pack.CudaGraphs);
            var runner = new F5GraphRunner(pack);
            var frames = 40;
            using var conditioning = runner.Condition([1, 2, 3], new float[frames * pack.Manifest.MelChannels], frames);
            var velocity = runner.Velocity(new float[frames * pack.Manifest.MelChannels], conditioning, 0.5f);
            Assert.Equal(2 * frames * pack.Manifest.MelChannels, velocity.Length);
            Assert.All(velocity, v => Assert.True(float.IsFinite(v)));
        }
    }

    [Fact]
    public void Load_TinyPack_ReadsTheExportedMelFilterbank()
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        using (var pack = F5Pack.Load(_pack, F5GraphRoles.Fp32, F5VocoderVariant.GraphIstft, options))
        {
            var (values, _) = NpyReader.ReadFloat32(PackFile("mel_filterbank.npy"));
            Assert.Equal(100, pack.MelFilters!.Length);
            // Stored (513 bins, 100 mels); bin 4 of mel 3 sits at row 4, column 3.
            Assert.Equal(values[4 * 100 + 3], pack.MelFilters[3][4]);
            Assert.True(pack.MelFilters[3][4] > 0);
        }
    }

    [Fact]
    public void Load_TruncatedMelFilterbank_NamesTheFile()
    {
        var bytes = System.IO.File.ReadAllBytes(PackFile("mel_filterbank.npy"));
        System.IO.File.WriteAllBytes(PackFile("mel_filterbank.npy"), bytes[..^400]);

        Assert.Equal($"{PackFile("mel_filterbank.npy")}: holds 204800 bytes of data; shape (513, 100) needs 205200.", LoadFails().Message);
    }

    [Fact]
    public void Load_MissingMelFilterbank_NamesTheFile()
    {
        System.IO.File.Delete(PackFile("mel_filterbank.npy"));

        Assert.Equal($"{PackFile("mel_filterbank.npy")}: the file is missing.", LoadFails().Message);
    }

    [Fact]
    public void Load_NoManifest_NamesTheMissingFile()
    {
        System.IO.File.Delete(PackFile("manifest.json"));

        Assert.Equal($"{PackFile("manifest.json")}: the file is missing.", LoadFails().Message);
    }

    [Fact]
    public void Load_ManifestNotJson_SaysSo()
    {
        System.IO.File.WriteAllText(PackFile("manifest.json"), "{ not json");

        Assert.StartsWith($"{PackFile("manifest.json")}: not a valid manifest (", LoadFails().Message);
    }

    [Fact]
    public void Load_OtherSampleRate_NamesTheKey()
    {
        EditManifest(m => m["sample_rate"] = 22050);

        Assert.Equal($"{PackFile("manifest.json")}: 'sample_rate' is 22050; this engine supports 24000.", LoadFails().Message);
    }

    [Fact]
    public void Load_MissingGraphFile_NamesIt()
    {
        System.IO.File.Delete(PackFile("dit_step.fp32.onnx"));

        Assert.Equal($"{PackFile("dit_step.fp32.onnx")}: the file is missing.", LoadFails().Message);
    }

    [Fact]
    public void Load_TruncatedGraphFile_NamesIt()
    {
        var bytes = System.IO.File.ReadAllBytes(PackFile("vocoder.fp32.onnx"));
        System.IO.File.WriteAllBytes(PackFile("vocoder.fp32.onnx"), bytes[..(bytes.Length / 2)]);

        Assert.StartsWith($"{PackFile("vocoder.fp32.onnx")}: ONNX Runtime cannot load it (", LoadFails().Message);
    }

    [Fact]
    public void Load_GraphWithOtherInputs_NamesFileAndInputs()
    {
        // The vocoder's file put where the step graph belongs: its inputs are not the step's.
        System.IO.File.Copy(PackFile("vocoder.fp32.onnx"), PackFile("dit_step.fp32.onnx"), overwrite: true);

        Assert.Equal($"{PackFile("dit_step.fp32.onnx")}: inputs are [mel], expected [x, cond_proj, rope_cos, rope_sin, t].", LoadFails().Message);
    }

    [Fact]
    public void Load_ManifestWithOtherModelWidth_NamesTheMismatchedShape()
    {
        EditManifest(m => m["dit"]!["dim"] = 128);

        Assert.Equal($"{PackFile("conditioning.fp32.onnx")}: output 'cond_proj' is float32 [2,?,64], expected float32 [2,?,128].", LoadFails().Message);
    }

    [Fact]
    public void Load_Fp16NotListed_SaysWhichGraphIsMissing()
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        {
            var error = Assert.Throws<ModelPackException>(() => F5Pack.Load(_pack, F5GraphRoles.Fp16, F5VocoderVariant.GraphIstft, options));
            Assert.Equal($"{PackFile("manifest.json")}: no fp16 'conditioning' graph is listed.", error.Message);
        }
    }

    [Theory]
    [InlineData(F5VocoderVariant.GraphIstft, "vocoder.fp32.onnx")]
    [InlineData(F5VocoderVariant.CSharpIstft, "vocoder_spectrum.fp32.onnx")]
    public void Load_PackWithBothVocoders_LoadsTheRequestedGraph(F5VocoderVariant variant, string file)
    {
        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        using (var pack = F5Pack.Load(_pack, F5GraphRoles.Fp32, variant, options))
            Assert.Equal((variant, PackFile(file)), (pack.Vocoder.Variant, pack.Vocoder.FilePath));
    }

    [Fact]
    public void Load_GraphIstftWithoutSpectrumGraph_Loads()
    {
        UnlistSpectrumVocoder();
        System.IO.File.Delete(PackFile("vocoder_spectrum.fp32.onnx"));

        var (options, _) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        using (var pack = F5Pack.Load(_pack, F5GraphRoles.Fp32, F5VocoderVariant.GraphIstft, options))
            Assert.Equal(F5VocoderVariant.GraphIstft, pack.Vocoder.Variant);
    }

    [Fact]
    public void Load_CSharpIstftWithoutSpectrumGraph_SaysTheGraphIsNotListed()
    {
        UnlistSpectrumVocoder();

        Assert.Equal($"{PackFile("manifest.json")}: no fp32 'vocoder_spectrum' graph is listed.", LoadFails(F5VocoderVariant.CSharpIstft).Message);
    }

    [Fact]
    public void Load_SpectrumGraphWithOtherOutputs_NamesFileAndOutputs()
    {
        System.IO.File.Copy(PackFile("vocoder.fp32.onnx"), PackFile("vocoder_spectrum.fp32.onnx"), overwrite: true);

        Assert.Equal($"{PackFile("vocoder_spectrum.fp32.onnx")}: outputs are [waveform], expected [real, imag].", LoadFails(F5VocoderVariant.CSharpIstft).Message);
    }

    [Fact]
    public void Load_TruncatedSpectrumGraph_NamesIt()
    {
        var bytes = System.IO.File.ReadAllBytes(PackFile("vocoder_spectrum.fp32.onnx"));
        System.IO.File.WriteAllBytes(PackFile("vocoder_spectrum.fp32.onnx"), bytes[..(bytes.Length / 2)]);

        Assert.StartsWith($"{PackFile("vocoder_spectrum.fp32.onnx")}: ONNX Runtime cannot load it (", LoadFails(F5VocoderVariant.CSharpIstft).Message);
    }
}
