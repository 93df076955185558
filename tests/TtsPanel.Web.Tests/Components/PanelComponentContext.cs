using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using TtsPanel.App.Queue;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.Web.Tests.Components;

/// <summary>
/// A bUnit context with the real MudBlazor services and the panel's queue, voices and speak service. Held rather than
/// inherited: MudBlazor's services dispose only asynchronously, and xunit disposes test classes through IAsyncLifetime.
/// </summary>
public abstract class PanelComponentContext : IAsyncLifetime
{
    protected PanelComponentContext(int maxTextLength = 500)
    {
        var context = Context;
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        var queueOptions = Options.Create(new QueueOptions { MaxTextLength = maxTextLength });
        Queue = new SynthesisQueue(queueOptions, TimeProvider.System);
        Voices = new VoiceCatalog([EspeakEngine.Create(new EspeakOptions())], Options.Create(new EngineOptions()));
        context.Services.AddSingleton(Queue);
        context.Services.AddSingleton(Voices);
        context.Services.AddSingleton(new SpeakService(Queue, Voices, queueOptions));
        context.Render<MudPopoverProvider>();
    }

    protected BunitContext Context { get; } = new();

    protected IRenderedComponent<TComponent> Render<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Context.Render(parameters);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();

    protected SynthesisQueue Queue { get; }

    protected VoiceCatalog Voices { get; }
}
