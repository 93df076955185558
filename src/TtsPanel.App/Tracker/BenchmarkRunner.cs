using TtsPanel.App.History;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tracker;

/// <summary>
/// Runs a <see cref="BenchmarkPlan"/> through the engine directly (not the chat queue) and stores the run and a
/// record per synthesis, so the panel and the bench CLI measure and store the same way.
/// </summary>
public sealed class BenchmarkRunner(HistoryRepository history, RunRepository runs, TimeProvider time)
{
    /// <summary>
    /// Synthesizes every text × repetition and returns the run as stored: completed, failed with the engine's
    /// message, or cancelled with the records made so far. The run is stored before the first synthesis, so a
    /// panel that goes down mid-run leaves it visible as running with its records. <paramref name="progress"/> is
    /// called on the running thread after each stored synthesis.
    /// </summary>
    public async Task<BenchmarkRun> RunAsync(BenchmarkPlan plan, Action<BenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var run = new BenchmarkRun
        {
            Id = Guid.NewGuid(),
            Name = plan.Name,
            SetName = plan.Set.Name,
            Repetitions = plan.Repetitions,
            PlannedCount = plan.PlannedCount,
            VoiceId = plan.Voice.Id,
            ConfigurationId = plan.Configuration.Id,
            Source = plan.Source,
            AppVersion = AppVersion.Current,
            StartedAt = time.GetUtcNow().UtcDateTime,
            State = BenchmarkRunState.Running,
        };
        history.AddConfiguration(plan.Configuration);
        runs.Save(run);
        progress?.Invoke(new BenchmarkProgress(run, 0, plan.PlannedCount, null));
        var rtfs = new List<double>();
        try
        {
            for (var i = 0; i < plan.Warmup; i++)
                await plan.Engine.SynthesizeAsync(new SynthesisRequest(plan.Set.Texts[0].Text, plan.Voice), cancellationToken);
            for (var repetition = 0; repetition < plan.Repetitions; repetition++)
            {
                foreach (var text in plan.Set.Texts)
                {
                    // Engines check the token between their own steps; this stops a run of fast syntheses too.
                    cancellationToken.ThrowIfCancellationRequested();
                    var record = await SynthesizeAsync(plan, run.Id, text.Text, cancellationToken);
                    rtfs.Add(record.Rtf);
                    Update(run, rtfs);
                    runs.Save(run);
                    progress?.Invoke(new BenchmarkProgress(run, rtfs.Count, plan.PlannedCount, record));
                }
            }

            run.State = BenchmarkRunState.Completed;
        }
        catch (OperationCanceledException)
        {
            run.State = BenchmarkRunState.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the engine throws ends this run only; the message is kept with it for the page and the CLI.
            run.State = BenchmarkRunState.Failed;
            run.Error = e.Message;
        }

        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        runs.Save(run);
        progress?.Invoke(new BenchmarkProgress(run, rtfs.Count, plan.PlannedCount, null));
        return run;
    }

    private async Task<SynthesisRecord> SynthesizeAsync(BenchmarkPlan plan, Guid runId, string text, CancellationToken cancellationToken)
    {
        var result = await plan.Engine.SynthesizeAsync(new SynthesisRequest(text, plan.Voice), cancellationToken);
        if (result.Samples.Length == 0)
            throw new InvalidOperationException($"The engine produced no audio for '{text}'.");
        var context = new RecordContext(time.GetUtcNow().UtcDateTime, Guid.Empty, TimeSpan.Zero, runId);
        var record = context.ToRecord(text, plan.Voice, plan.Configuration, plan.Engine.Runtime, result);
        history.Add(record);
        return record;
    }

    private static void Update(BenchmarkRun run, IReadOnlyCollection<double> rtfs)
    {
        var summary = RtfStatistics.Summarize(rtfs);
        run.RecordCount = summary.Count;
        run.MedianRtf = summary.Median;
        run.P95Rtf = summary.P95;
        run.BestRtf = summary.Best;
    }
}
