using Microsoft.Extensions.Options;
using TtsPanel.App.History;
using TtsPanel.App.Tests.Fakes;
using TtsPanel.App.Tracker;
using TtsPanel.App.Tracker.Listening;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.App.Tests.Tracker.Listening;

public sealed class ListeningServiceTests : IAsyncLifetime
{
    private static readonly SynthesisOverrides Nfe6 = new(Nfe: 6);
    private static readonly SynthesisOverrides Nfe7 = new(Nfe: 7);
    private readonly PanelFixture _panel = new();
    private readonly RatingRepository _ratings;
    private readonly ConfigurationSource _configurations = new(Options.Create(new EngineOptions()));

    public ListeningServiceTests() => _ratings = new RatingRepository(_panel.Database);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _panel.DisposeAsync();

    private ListeningService Service(int seed = 1) => new(_panel.Voices, _configurations, _panel.History, _panel.Keeper,
        new RatingService(_panel.History, _ratings, _panel.Time), new AbVoteRepository(_panel.Database), Options.Create(_panel.QueueOptions),
        _panel.Time, new Random(seed));

    private string IdOf(SynthesisOverrides overrides) => _configurations.For(_panel.Engine, overrides).Id;

    private static AbRequest Request(SynthesisOverrides first, SynthesisOverrides second, string text = "Is six enough?") =>
        new(text, ToneEngine.Voice.Id, first, second);

    private static async Task<AbSession> StartAsync(ListeningService service, SynthesisOverrides first, SynthesisOverrides second)
    {
        var result = await service.StartAsync(Request(first, second), CancellationToken.None);
        return result.Session ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
    }

    [Fact]
    public async Task StartAsync_TwoConfigurations_SynthesizesEachWithItsOverridesAndRecordsBoth()
    {
        var session = await StartAsync(Service(), Nfe6, Nfe7);

        var engine = (ToneEngine)_panel.Engine;
        Assert.Equal([Nfe6, Nfe7], engine.Requests.Select(r => r.Overrides));
        Assert.Equal(new[] { IdOf(Nfe6), IdOf(Nfe7) }.Order(), new[] { session.A.Configuration.Id, session.B.Configuration.Id }.Order());
        foreach (var clip in new[] { session.A, session.B })
        {
            Assert.Equal(clip.Configuration.Id, _panel.History.Find(clip.RecordId)!.ConfigurationId);
            Assert.Equal(clip.Wav, await _panel.WaitForClipAsync(clip.RecordId));
        }
    }

    // The order is drawn from the injected generator: with a fixed seed, over a bounded number of pairs, NFE 6 must
    // land on A sometimes and on B sometimes, and about half the time (outside 10–30 of 40 has probability 0.2 %).
    [Fact]
    public async Task StartAsync_SeededGenerator_PlaysBothOrdersAboutEquallyOften()
    {
        const int pairs = 40;
        var service = Service(seed: 20261124);
        var nfe6First = 0;
        for (var i = 0; i < pairs; i++)
        {
            if ((await StartAsync(service, Nfe6, Nfe7)).A.Configuration.Nfe == 6)
                nfe6First++;
        }

        Assert.InRange(nfe6First, 10, pairs - 10);
    }

    [Fact]
    public async Task StartAsync_SameSeed_SameOrders()
    {
        async Task<List<int?>> OrdersAsync(ListeningService service)
        {
            var orders = new List<int?>();
            for (var i = 0; i < 8; i++)
                orders.Add((await StartAsync(service, Nfe6, Nfe7)).A.Configuration.Nfe);
            return orders;
        }

        Assert.Equal(await OrdersAsync(Service(seed: 5)), await OrdersAsync(Service(seed: 5)));
    }

    [Fact]
    public async Task StartAsync_SameConfigurationTwice_IsRefused()
    {
        var result = await Service().StartAsync(Request(Nfe7, new SynthesisOverrides(Nfe: 7)), CancellationToken.None);

        Assert.Null(result.Session);
        Assert.StartsWith("Both sides run the same configuration (tone tone fp32 CPU · NFE 7 · speed 1); change at least one setting",
            result.Errors["second"]);
        Assert.Empty(((ToneEngine)_panel.Engine).Requests);
    }

    [Fact]
    public async Task StartAsync_OverrideOutOfRange_NamesTheSideAndTheValue()
    {
        var result = await Service().StartAsync(Request(new SynthesisOverrides(Nfe: 3), new SynthesisOverrides(CfgStrength: 11)),
            CancellationToken.None);

        Assert.Equal("NFE must be between 4 and 64 (was 3).", result.Errors["first"]);
        Assert.Equal("CFG strength must be between 0 and 10 (was 11).", result.Errors["second"]);
    }

    [Fact]
    public async Task StartAsync_EmptyTextAndUnknownVoice_AreRefused()
    {
        var result = await Service().StartAsync(new AbRequest("  ", "tone:zz", Nfe6, Nfe7), CancellationToken.None);

        Assert.Equal("Text is empty.", result.Errors["text"]);
        Assert.Equal("Unknown voice 'tone:zz'.", result.Errors["voice"]);
    }

    [Fact]
    public async Task StartAsync_EngineFails_SaysWhy()
    {
        var result = await Service().StartAsync(Request(Nfe6, Nfe7, text: "please fail"), CancellationToken.None);

        Assert.Equal("Synthesis failed: Tone engine cannot say 'please fail'.", result.Errors["synthesis"]);
    }

    [Fact]
    public async Task Vote_ManyPairsInEitherOrder_AccumulatePerConfigurationPair()
    {
        var service = Service(seed: 3);
        for (var i = 0; i < 4; i++)
        {
            // Alternate which side is asked first: the pair is the same either way.
            var session = i % 2 == 0 ? await StartAsync(service, Nfe6, Nfe7) : await StartAsync(service, Nfe7, Nfe6);
            service.Vote(session, session.A.Configuration.Nfe == 7 ? AbChoice.A : AbChoice.B, null, null);
        }

        var last = await StartAsync(service, Nfe6, Nfe7);
        var preference = service.Vote(last, AbChoice.Same, null, null).Preference!;

        var (nfe6, nfe7) = (IdOf(Nfe6), IdOf(Nfe7));
        var sevenIsFirst = string.CompareOrdinal(nfe7, nfe6) < 0;
        Assert.Equal(sevenIsFirst ? (4, 0, 1) : (0, 4, 1), (preference.FirstWins, preference.SecondWins, preference.Ties));
        Assert.Equal(4, preference.Decided);
    }

    [Fact]
    public async Task Vote_BothRated_HigherScoreWinsAndBothRatingsAreStored()
    {
        var service = Service();
        var session = await StartAsync(service, Nfe6, Nfe7);

        var preference = service.Vote(session, null, 2, 4).Preference!;

        Assert.Equal(1, session.B.Configuration.Id == preference.FirstConfigurationId ? preference.FirstWins : preference.SecondWins);
        Assert.Equal(2, _ratings.Find(session.A.RecordId)!.Score);
        Assert.Equal(4, _ratings.Find(session.B.RecordId)!.Score);
    }

    [Fact]
    public async Task Vote_NeitherPickedNorBothRated_IsRefused()
    {
        var service = Service();
        var session = await StartAsync(service, Nfe6, Nfe7);

        var result = service.Vote(session, null, 3, null);

        Assert.Equal("Pick the better clip, or rate both.", result.Errors["vote"]);
        Assert.Null(_ratings.Find(session.A.RecordId));
    }

    [Fact]
    public async Task Vote_ScoreOutOfRange_IsRefused()
    {
        var service = Service();
        var session = await StartAsync(service, Nfe6, Nfe7);

        var result = service.Vote(session, AbChoice.A, 9, null);

        Assert.Equal("score must be a whole number from 1 to 5 (was 9).", result.Errors["scoreA"]);
    }

    [Fact]
    public async Task Vote_SamePairTwice_CountsOnce()
    {
        var service = Service();
        var session = await StartAsync(service, Nfe6, Nfe7);
        service.Vote(session, AbChoice.A, null, null);

        var again = service.Vote(session, AbChoice.A, null, null);

        Assert.Equal("This pair has been voted on already; start a new one.", again.Errors["vote"]);
        Assert.Equal(1, new AbVoteRepository(_panel.Database).ForPair(IdOf(Nfe6), IdOf(Nfe7)).Decided);
    }
}
