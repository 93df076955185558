using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TtsPanel.App.History;
using TtsPanel.Web.Tests.Integration;

namespace TtsPanel.Web.Tests.Api;

public class TrackerApiTests(PanelServerFixture server) : IClassFixture<PanelServerFixture>
{
    private HttpClient Http => server.Http;

    /// <summary>Speaks <paramref name="text"/> and polls the CSV export (at most 30 s) until its record is there.</summary>
    private async Task<SynthesisRecord> SpeakAndFindRecordAsync(string text)
    {
        var id = await Http.SpeakAsync(text, "espeak-ng:en-us");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var records = RecordCsv.Read(new StringReader(await Http.GetStringAsync("/api/records.csv?engine=espeak-ng", timeout.Token)));
            if (records.FirstOrDefault(r => r.QueueItemId == id) is { } record)
                return record;
            await Task.Delay(100, timeout.Token);
        }
    }

    [Fact]
    public async Task RecordsCsv_AfterASynthesis_ReadsBackAsTheStoredRecord()
    {
        var record = await SpeakAndFindRecordAsync("Export me, please.");

        var stored = await Http.GetFromJsonAsync<JsonElement>($"/api/records/{record.Id}");

        Assert.Equal(("Export me, please.", 18, 18), (record.Text, record.TextCharacters, record.TextBytes));
        Assert.Equal(stored.GetProperty("configurationId").GetString(), record.ConfigurationId);
        Assert.Equal(stored.GetProperty("rtf").GetDouble(), record.Rtf);
        Assert.Equal(stored.GetProperty("createdAt").GetDateTime().ToUniversalTime(), record.CreatedAt);
        Assert.Equal(12, record.ConfigurationId.Length);
        var configurations = await Http.GetFromJsonAsync<JsonElement>("/api/configurations");
        Assert.Contains(configurations.EnumerateArray(), c => c.GetProperty("id").GetString() == record.ConfigurationId);
    }

    [Fact]
    public async Task RecordsCsv_EmptyWindow_IsTheHeaderOnly()
    {
        var response = await Http.GetAsync("/api/records.csv?since=2999-01-01T00:00:00Z");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(string.Join(',', RecordCsv.Columns) + "\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RecordsCsv_UntilBeforeSince_Returns400NamingUntil()
    {
        var response = await Http.GetAsync("/api/records.csv?since=2026-11-24T12:00:00Z&until=2026-11-24T11:00:00Z");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("until (2026-11-24T11:00:00.0000000+00:00) must be later than since (2026-11-24T12:00:00.0000000+00:00).",
            body.GetProperty("errors").GetProperty("until")[0].GetString());
    }

    [Theory]
    [InlineData("/api/runs/{0}", "There is no benchmark run with the id {0}.")]
    [InlineData("/api/records/{0}", "There is no synthesis record with the id {0}.")]
    public async Task Get_UnknownId_Returns404Problem(string pathFormat, string detailFormat)
    {
        var id = Guid.NewGuid();

        var response = await Http.GetAsync(string.Format(pathFormat, id));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(string.Format(detailFormat, id), body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Runs_NoneYet_IsAnEmptyList() =>
        Assert.Equal(0, (await Http.GetFromJsonAsync<JsonElement>("/api/runs")).GetArrayLength());
}
