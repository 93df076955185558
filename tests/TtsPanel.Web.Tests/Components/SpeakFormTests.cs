using Bunit;
using TtsPanel.Web.Components.Shared;

namespace TtsPanel.Web.Tests.Components;

public class SpeakFormTests() : PanelComponentContext(maxTextLength: 10)
{
    [Fact]
    public void Speak_EmptyText_ShowsTextIsEmptyAndQueuesNothing()
    {
        var form = Render<SpeakForm>();

        form.Find("[data-testid=speak-button]").Click();

        Assert.Contains("Text is empty.", form.Markup);
        Assert.Empty(Queue.Snapshot());
    }

    [Fact]
    public void Speak_TextOverTheLimit_ShowsTheLimit()
    {
        var form = Render<SpeakForm>();

        form.Find("textarea").Input("eleven chars");
        form.Find("[data-testid=speak-button]").Click();

        Assert.Contains("Text is 12 characters long; the limit is 10.", form.Markup);
        Assert.Empty(Queue.Snapshot());
    }

    [Fact]
    public void CtrlEnter_ValidText_QueuesWithTheDefaultVoiceAndClearsTheBox()
    {
        var form = Render<SpeakForm>();
        var textArea = form.Find("textarea");

        textArea.Input("Hi chat");
        textArea.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        var item = Assert.Single(Queue.Snapshot());
        Assert.Equal("Hi chat", item.Text);
        Assert.Equal("espeak-ng:en-us", item.VoiceId);
        Assert.Equal("", form.Find("textarea").GetAttribute("value") ?? form.Find("textarea").TextContent);
    }

    [Fact]
    public void Enter_WithoutCtrl_DoesNotSpeak()
    {
        var form = Render<SpeakForm>();
        var textArea = form.Find("textarea");

        textArea.Input("line one");
        textArea.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Empty(Queue.Snapshot());
    }
}
