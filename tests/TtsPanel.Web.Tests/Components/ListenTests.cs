using Bunit;
using MudBlazor;
using TtsPanel.Web.Components.Pages;

namespace TtsPanel.Web.Tests.Components;

/// <summary>The Listen &amp; rate page on real espeak-ng, whose speed is the setting the two sides differ in.</summary>
public class ListenTests : PanelComponentContext
{
    private static readonly TimeSpan SynthesisWait = TimeSpan.FromSeconds(20);

    private async Task<IRenderedComponent<Listen>> StartPairAsync()
    {
        var page = Render<Listen>();
        // espeak-ng has no flow steps: the pair differs in speed, 1 against 1.5.
        await page.InvokeAsync(() => page.Find("input[data-testid=first-speed]").Change("1"));
        await page.InvokeAsync(() => page.Find("input[data-testid=second-speed]").Change("1.5"));
        await page.InvokeAsync(() => page.Find("[data-testid=ab-start]").Click());
        page.WaitForElement("[data-testid=clip-b]", SynthesisWait);
        return page;
    }

    [Fact]
    public async Task Pair_BeforeTheVote_MarkupNamesNeitherConfiguration()
    {
        var page = await StartPairAsync();

        var markup = page.Markup;
        var configurations = History.Configurations();
        Assert.Equal(2, configurations.Count);
        foreach (var configuration in configurations)
        {
            Assert.DoesNotContain(configuration.Id, markup, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(configuration.Label, markup, StringComparison.Ordinal);
        }

        foreach (var record in History.Newest(0, 10))
            Assert.DoesNotContain(record.Id.ToString(), markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("speed 1.5", markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=ab-setup]"));
        Assert.All(page.FindAll("audio"), audio => Assert.StartsWith("data:audio/wav;base64,", audio.GetAttribute("src")));
        Assert.Empty(page.FindAll("[data-testid=ab-result]"));
    }

    [Fact]
    public async Task Vote_RevealsWhichWasWhichAndThePairsShare()
    {
        var page = await StartPairAsync();

        await page.InvokeAsync(() => page.Find("[data-testid=vote-a]").Click());

        var labels = History.Configurations().Select(c => c.Label).ToList();
        var reveal = page.Find("[data-testid=ab-reveal]").TextContent;
        Assert.All(labels, label => Assert.Contains(label, reveal));
        var rows = page.FindAll("[data-testid=ab-row]").Select(r => r.TextContent).ToList();
        // One vote for A: 1 of 1 (100 %, Wilson 95 % interval 20.7–100 %) for one configuration, 0 of 1 for the other.
        Assert.Single(rows, r => r.Contains("1 of 1") && r.Contains("100.0 %") && r.Contains("20.7 % – 100.0 %"));
        Assert.Single(rows, r => r.Contains("0 of 1") && r.Contains("0.0 %") && r.Contains("0.0 % – 79.3 %"));
    }

    [Fact]
    public async Task RateBoth_StoresBothRatingsAndCountsTheHigher()
    {
        var page = await StartPairAsync();
        var ratings = page.FindComponents<MudRating>();

        await page.InvokeAsync(() => ratings[0].Instance.SelectedValueChanged.InvokeAsync(2));
        await page.InvokeAsync(() => ratings[1].Instance.SelectedValueChanged.InvokeAsync(5));
        await page.InvokeAsync(() => page.Find("[data-testid=vote-scores]").Click());

        Assert.Equal([2, 5], History.Newest(0, 2).Select(r => Ratings.Find(r.Id)?.Score ?? 0).Order());
        Assert.Contains(page.FindAll("[data-testid=ab-row]"), r => r.TextContent.Contains("1 of 1"));
    }

    [Fact]
    public async Task Start_SameConfigurationOnBothSides_SaysSoAndSynthesizesNothing()
    {
        var page = Render<Listen>();

        // NFE 6 against 7 means nothing to espeak-ng: both sides are the same configuration.
        await page.InvokeAsync(() => page.Find("[data-testid=ab-start]").Click());

        Assert.StartsWith("Both sides run the same configuration (espeak-ng espeak-ng", page.Find("[data-testid=second-error]").TextContent);
        Assert.Equal(0, History.Count());
    }

    [Fact]
    public async Task Start_OverrideOutOfRange_NamesTheSide()
    {
        var page = Render<Listen>();

        await page.InvokeAsync(() => page.Find("input[data-testid=first-speed]").Change("5"));
        await page.InvokeAsync(() => page.Find("[data-testid=ab-start]").Click());

        Assert.Equal("Speed must be between 0.3 and 2 (was 5).", page.Find("[data-testid=first-error]").TextContent);
    }
}
