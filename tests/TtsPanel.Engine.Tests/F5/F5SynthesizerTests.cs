using System.Text;
using TtsPanel.Engine.F5;
using TtsPanel.Engine.F5.Reference;
using TtsPanel.Engine.F5.Text;

namespace TtsPanel.Engine.Tests.F5;

public class F5SynthesizerTests(TinyPackFixture tiny) : IClassFixture<TinyPackFixture>
{
    private const string Transcript = "Some call me nature, others call me mother nature.";

    [Fact]
    public void PlanChunks_TenThousandCharactersWithoutPunctuation_CutsChunksThatEachFitTheFrameLimit()
    {
        var reference = new ReferencePreparer().Prepare(File.ReadAllBytes(TinyPackFixture.Path("reference.wav")), Transcript, 0.1);
        var words = new[] { "stream", "chat", "says", "hello", "again", "and" };
        var text = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => words[i % words.Length]))[..10_000];

        var chunks = new F5Synthesizer(tiny.Pack).PlanChunks(reference, text, speed: 1.0);

        // The reference is 192 frames for 52 transcript bytes, so a chunk may hold 1057 bytes before its plan passes
        // 4096 frames (the reference would keep the one sentence whole): ten chunks, the text unchanged.
        Assert.Equal(10, chunks.Count);
        Assert.Equal(text, string.Join(' ', chunks));
        var transcript = ReferenceText.ForModel(reference.Transcript);
        var frames = chunks.Select(c => ChunkDuration.Plan(reference.Samples.Length, transcript, c, 0, 1.0, 256, 4096).TotalFrames).ToArray();
        Assert.All(frames.SkipLast(1), f => Assert.InRange(f, 4050, 4096));
        Assert.All(chunks, c => Assert.True(Encoding.UTF8.GetByteCount(c) <= 1057));
    }
}
