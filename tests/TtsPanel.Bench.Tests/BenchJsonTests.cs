using System.Text.Json;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Bench.Tests;

public sealed class BenchJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ttspanel-benchjson-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_GpuSettings_AreStoredWithTheRun()
    {
        var options = SynthOptions.Parse(["--pack", "p", "--reference", "r.wav", "--transcript", "Hi.", "--text", "Hello", "--out", "o.wav",
            "--cuda-graphs", "64", "--frame-bucket", "16", "--first-chunk-seconds", "3"]);
        var timings = new StageTimings();
        timings.Add("nfe", TimeSpan.FromMilliseconds(40));
        var run = new SynthesisRun(new float[24_000], new float[100], 1, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50), timings);
        var summary = new BenchSummary(new BenchEnvironment("1.31.0", "CUDA", "CUDA device 0", "H100", "fp16", true), options,
            TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(100), [], [run]);
        var path = Path.Combine(_folder, "run.json");

        BenchJson.Write(path, summary);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal((64, 16, 3.0), (root.GetProperty("cudaGraphLengths").GetInt32(), root.GetProperty("frameBucket").GetInt32(),
            root.GetProperty("firstChunkSeconds").GetDouble()));
    }
}
