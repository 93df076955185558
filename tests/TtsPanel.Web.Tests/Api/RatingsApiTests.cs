using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TtsPanel.App.Tracker;
using TtsPanel.Web.Tests.Integration;

namespace TtsPanel.Web.Tests.Api;

/// <summary>Ratings and kept clips over HTTP on the real panel process, for records it synthesized with espeak-ng.</summary>
public class RatingsApiTests(PanelServerFixture server) : IClassFixture<PanelServerFixture>
{
    private HttpClient Http => server.Http;

    /// <summary>Speaks <paramref name="text"/> and returns the id of its synthesis record.</summary>
    private async Task<Guid> SynthesizedRecordAsync(string text)
    {
        var id = await Http.SpeakAsync(text);
        await Http.WaitForStateAsync(id, "ready");
        var records = await Http.GetFromJsonAsync<JsonElement>("/api/history?take=50");
        return records.EnumerateArray().First(r => r.GetProperty("text").GetString() == text).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Asks for the record's clip until it is kept (at most 10 s): the file is written after the clip was delivered,
    /// so "ready" does not yet promise it.
    /// </summary>
    private async Task<HttpResponseMessage> KeptClipAsync(Guid recordId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var response = await Http.GetAsync($"/api/history/{recordId}/clip", timeout.Token);
            if (response.StatusCode != HttpStatusCode.NotFound)
                return response;
            response.Dispose();
            await Task.Delay(20, timeout.Token);
        }
    }

    private static async Task<string?> FirstErrorAsync(HttpResponseMessage response, string field) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString();

    [Fact]
    public async Task Rate_SynthesizedRecord_IsStoredAndReadBack()
    {
        var recordId = await SynthesizedRecordAsync("Rate this one.");

        var response = await Http.PutAsJsonAsync($"/api/history/{recordId}/rating", new { score = 4, note = "clear" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rating = await Http.GetFromJsonAsync<JsonElement>($"/api/history/{recordId}/rating");
        Assert.Equal((4, "clear"), (rating.GetProperty("score").GetInt32(), rating.GetProperty("note").GetString()));
        Assert.Equal(12, rating.GetProperty("configurationId").GetString()!.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Rate_ScoreOutOfRange_Returns400NamingTheRange(int score)
    {
        var response = await Http.PutAsJsonAsync($"/api/history/{Guid.NewGuid()}/rating", new { score });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"score must be a whole number from 1 to 5 (was {score}).", await FirstErrorAsync(response, "score"));
    }

    [Fact]
    public async Task Rate_NoScore_Returns400SayingItIsRequired()
    {
        var response = await Http.PutAsJsonAsync($"/api/history/{Guid.NewGuid()}/rating", new { note = "no score" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("score is required: a whole number from 1 to 5, e.g. {\"score\": 4}.", await FirstErrorAsync(response, "score"));
    }

    [Fact]
    public async Task Rate_MalformedJson_Returns400SayingSo()
    {
        using var content = new StringContent("{\"score\": 4.5}", Encoding.UTF8, "application/json");

        var response = await Http.PutAsync($"/api/history/{Guid.NewGuid()}/rating", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The request body is not valid JSON: ", await FirstErrorAsync(response, "body"));
    }

    [Fact]
    public async Task Rate_UnknownRecord_Returns404ProblemNamingTheId()
    {
        var id = Guid.NewGuid();

        var response = await Http.PutAsJsonAsync($"/api/history/{id}/rating", new { score = 3 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"No synthesis record has the id {id}.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Clip_SynthesizedRecord_IsItsWavKeptUnderTheDataFolder()
    {
        var recordId = await SynthesizedRecordAsync("Keep my clip.");

        var response = await KeptClipAsync(recordId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var wav = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(wav, await File.ReadAllBytesAsync(Path.Combine(server.Panel.DataDirectory, "clips", $"{recordId}.wav")));
    }

    [Fact]
    public async Task Clip_UnknownRecord_Returns404()
    {
        var response = await Http.GetAsync($"/api/history/{Guid.NewGuid()}/clip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Summary_RatedConfiguration_HasMeanAndCount()
    {
        var one = await SynthesizedRecordAsync("Summary one.");
        var two = await SynthesizedRecordAsync("Summary two.");
        await Http.PutAsJsonAsync($"/api/history/{one}/rating", new { score = 2 });
        var rated = await (await Http.PutAsJsonAsync($"/api/history/{two}/rating", new { score = 4 })).Content.ReadFromJsonAsync<JsonElement>();
        var configuration = rated.GetProperty("configurationId").GetString();

        var summary = await Http.GetFromJsonAsync<JsonElement>($"/api/ratings/summary?configuration={configuration}");

        // Other tests of this class rate records of the same configuration too: at least these two count.
        Assert.True(summary.GetProperty("count").GetInt32() >= 2);
        Assert.InRange(summary.GetProperty("mean").GetDouble(), 1, 5);
        Assert.True(summary.GetProperty("low").GetDouble() <= summary.GetProperty("high").GetDouble());
    }

    [Fact]
    public async Task Summary_UnknownConfiguration_Returns404()
    {
        var response = await Http.GetAsync("/api/ratings/summary?configuration=000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RatingsCsv_RatedRecords_RoundTripWithTheirNotes()
    {
        // Notes with a comma, a quote and a line break, long enough that the export is several kilobytes.
        var notes = Enumerable.Range(1, 3).Select(i => $"Take {i}: \"clear\",\nbut flat. " + new string('x', 400)).ToArray();
        var rated = new List<JsonElement>();
        for (var i = 0; i < notes.Length; i++)
        {
            var record = await SynthesizedRecordAsync($"Export {i}.");
            var response = await Http.PutAsJsonAsync($"/api/history/{record}/rating", new { score = i + 2, note = notes[i] });
            rated.Add(await response.Content.ReadFromJsonAsync<JsonElement>());
        }

        var configuration = rated[0].GetProperty("configurationId").GetString();
        using var csv = await Http.GetAsync($"/api/ratings.csv?configuration={configuration}");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = RatingCsv.Read(new StringReader(await csv.Content.ReadAsStringAsync()));
        foreach (var expected in rated)
        {
            var row = Assert.Single(rows, r => r.RecordId == expected.GetProperty("recordId").GetGuid());
            Assert.Equal(expected.GetProperty("score").GetInt32(), row.Score);
            Assert.Equal(expected.GetProperty("note").GetString(), row.Note);
            Assert.Equal(configuration, row.ConfigurationId);
        }
    }

    [Fact]
    public async Task RatingsCsv_UntilBeforeSince_Returns400NamingUntil()
    {
        var response = await Http.GetAsync("/api/ratings.csv?since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be later than since", await FirstErrorAsync(response, "until"));
    }
}
