using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using MudBlazor;
using TtsPanel.App.History;
using TtsPanel.App.Tracker;
using TtsPanel.Web.Components.Pages;

namespace TtsPanel.Web.Tests.Components;

public class HistoryTests : PanelComponentContext
{
    private SynthesisRecord AddRecord(string text)
    {
        var record = new SynthesisRecord
        {
            Id = Guid.NewGuid(), CreatedAt = DateTime.UtcNow, Text = text, ConfigurationId = "cfg", AudioSeconds = 1, Rtf = 0.1,
        };
        History.Add(record);
        return record;
    }

    [Fact]
    public void Summary_WindowLargerThanTheCap_SaysTheFiguresComeFromTheNewest()
    {
        var cap = new TrackerOptions().MaxRecordsAggregated;
        History.AddMany(Enumerable.Range(0, cap + 1).Select(i => new SynthesisRecord
        {
            Id = Guid.NewGuid(), CreatedAt = DateTime.UtcNow.AddSeconds(-i), Text = "many", ConfigurationId = "cfg", AudioSeconds = 1, Rtf = 0.1,
        }));

        var page = Render<History>();

        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"RTF figures from the newest {cap:N0} of {cap + 1:N0} records (Tracker:MaxRecordsAggregated)."),
            Regex.Replace(page.Find("[data-testid=history-sampled]").TextContent.Trim(), @"\s+", " "));
    }

    [Fact]
    public void Summary_FewRecords_SaysNothingAboutACap()
    {
        AddRecord("few");

        Assert.Empty(Render<History>().FindAll("[data-testid=history-sampled]"));
    }

    [Fact]
    public async Task Rating_ClickedStar_IsStoredForThatRecord()
    {
        var record = AddRecord("rate me");
        var page = Render<History>();
        page.WaitForElement("[data-testid=history-text]");

        await page.InvokeAsync(() => page.FindComponent<MudRating>().Instance.SelectedValueChanged.InvokeAsync(4));

        Assert.Equal(4, Ratings.Find(record.Id)!.Score);
    }

    [Fact]
    public void Clip_KeptForARecord_IsPlayableFromItsRow()
    {
        var kept = AddRecord("kept");
        AddRecord("not kept");
        Clips.Save(kept.Id, [1, 2, 3]);

        var page = Render<History>();
        page.WaitForElement("[data-testid=history-text]");

        var clip = page.Find("[data-testid=history-clip]");
        Assert.Equal($"/api/history/{kept.Id}/clip", clip.GetAttribute("src"));
        Assert.Single(page.FindAll("[data-testid=history-clip]"));
    }
}
