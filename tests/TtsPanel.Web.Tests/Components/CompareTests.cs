using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;
using TtsPanel.App.Tracker.Listening;
using TtsPanel.Web.Components.Pages;

namespace TtsPanel.Web.Tests.Components;

public class CompareTests : PanelComponentContext
{
    private static readonly EngineConfiguration Nfe7 = EngineConfiguration.Create("f5-tts", "tiny", "CUDA", "fp16", 7, 2, -1);
    private static readonly EngineConfiguration Nfe6 = EngineConfiguration.Create("f5-tts", "tiny", "CUDA", "fp16", 6, 2, -1);

    private BenchmarkRun AddRun(string name, EngineConfiguration configuration, params double[] rtfs)
    {
        var run = new BenchmarkRun
        {
            Id = Guid.NewGuid(), Name = name, SetName = "tiny", Repetitions = 1, ConfigurationId = configuration.Id, StartedAt = DateTime.UtcNow,
            State = BenchmarkRunState.Completed, RecordCount = rtfs.Length,
        };
        Runs.Save(run);
        foreach (var rtf in rtfs)
        {
            History.Add(new SynthesisRecord
            {
                Id = Guid.NewGuid(), CreatedAt = DateTime.UtcNow, RunId = run.Id, ConfigurationId = configuration.Id, Rtf = rtf, SynthesisMs = rtf * 1000,
                StageMs = new() { ["nfe"] = rtf * 800 },
            }, configuration);
        }

        return run;
    }

    private IRenderedComponent<Compare> Open(string query)
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/compare" + query);
        return Render<Compare>();
    }

    [Fact]
    public void Render_TwoRuns_ShowsFiguresAndRatiosBOverA()
    {
        var a = AddRun("nfe7", Nfe7, 0.2, 0.4);
        var b = AddRun("nfe6", Nfe6, 0.1, 0.2);

        var page = Open($"?a=run:{a.Id}&b=run:{b.Id}");

        var rows = page.FindAll("[data-testid=compare-row]").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(rows, r => r.SequenceEqual(["Median RTF", "0.300", "0.150", "0.500"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Syntheses", "2", "2", "1.000"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Stage nfe ms (mean)", "240.0", "120.0", "0.500"]));
    }

    [Fact]
    public void Render_TwoConfigurations_ComparesAllTheirRecords()
    {
        AddRun("one", Nfe7, 0.3);
        AddRun("two", Nfe6, 0.6);

        var page = Open($"?a=config:{Nfe7.Id}&b=config:{Nfe6.Id}");

        Assert.Contains("2.000", page.FindAll("[data-testid=compare-ratio]").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void Render_UnknownRun_SaysSoWithoutFigures()
    {
        var missing = Guid.NewGuid();

        var page = Open($"?a=run:{missing}&b=config:nothing");

        Assert.Equal([$"There is no benchmark run '{missing}'.", "There are no records of configuration 'nothing'."],
            page.FindAll("[data-testid=compare-problem]").Select(p => p.TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=compare-speed]"));
        Assert.Empty(page.FindAll("[data-testid=compare-quality]"));
    }

    private void Rate(EngineConfiguration configuration, params int[] scores)
    {
        foreach (var score in scores)
            Ratings.Save(new QualityRating { RecordId = Guid.NewGuid(), ConfigurationId = configuration.Id, Score = score, RatedAt = DateTime.UtcNow });
    }

    private void Vote(EngineConfiguration preferred, EngineConfiguration other)
    {
        var (first, second, key) = AbVote.PairOf(preferred.Id, other.Id);
        Votes.Add(new AbVote
        {
            Id = Guid.NewGuid(), VotedAt = DateTime.UtcNow, PairKey = key, FirstConfigurationId = first, SecondConfigurationId = second,
            PreferredConfigurationId = preferred.Id,
        });
    }

    [Fact]
    public void Render_TwoConfigurations_ShowsEachSidesRatingsAndTheirBlindVotes()
    {
        AddRun("one", Nfe7, 0.3);
        AddRun("two", Nfe6, 0.6);
        Rate(Nfe7, 3, 4, 5);
        Rate(Nfe6, 2);
        Vote(Nfe7, Nfe6);
        Vote(Nfe7, Nfe6);
        Vote(Nfe6, Nfe7);

        var page = Open($"?a=config:{Nfe7.Id}&b=config:{Nfe6.Id}");

        var rows = page.FindAll("[data-testid=compare-rating]").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // A: mean 4 of 3, t interval 4 ± 2.48 clamped to the scores; B: one rating, no interval.
        Assert.Equal([["A", "3", "4.00", "1.52 – 5.00"], ["B", "1", "2.00", "needs two ratings"]], rows);
        // A preferred in 2 of 3 decided votes: Wilson 95 % interval of 2/3 is 20.8 %–93.9 %.
        Assert.Contains("A preferred 2 of 3, no difference 0; A's share 67 % (21 %–94 %).", page.Find("[data-testid=compare-votes]").TextContent);
    }

    [Fact]
    public void Render_NothingChosen_AsksForTwo() =>
        Assert.Equal("Choose two runs or two configurations to compare.", Open("").Find("[data-testid=compare-choose]").TextContent.Trim());
}
