using TtsPanel.App.Tests.Fakes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using TtsPanel.App.Chat;
using TtsPanel.App.Moderation;
using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.App.Voices;
using TtsPanel.Engine.Abstractions;
using TtsPanel.Engine.Espeak;

namespace TtsPanel.Web.Tests.Components;

/// <summary>
/// A bUnit context with the real MudBlazor services and the panel's queue, voices and speak service, and chat's
/// counters, moderator and the given chat sources. Held rather than
/// inherited: MudBlazor's services dispose only asynchronously, and xunit disposes test classes through IAsyncLifetime.
/// </summary>
public abstract class PanelComponentContext : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ttspanel-bunit-").FullName;
    private readonly PanelDatabase _database;

    protected PanelComponentContext(int maxTextLength = 500, IReadOnlyList<IChatSource>? chatSources = null)
    {
        var context = Context;
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        var queueOptions = Options.Create(new QueueOptions { MaxTextLength = maxTextLength });
        _database = new PanelDatabase(Options.Create(new StorageOptions { DataDirectory = _directory }));
        Queue = new SynthesisQueue(queueOptions, new QueueStore(_database, NullLogger<QueueStore>.Instance), TimeProvider.System,
            NullLogger<SynthesisQueue>.Instance);
        Voices = new VoiceCatalog([EspeakEngine.Create(new EspeakOptions())], Options.Create(new EngineOptions()));
        context.Services.AddSingleton(Queue);
        context.Services.AddSingleton(Voices);
        context.Services.AddSingleton(new SpeakService(Queue, Voices, queueOptions));
        context.Services.AddSingleton(ChatCounters);
        context.Services.AddSingleton(Moderator);
        foreach (var source in chatSources ?? [])
            context.Services.AddSingleton(source);
        context.Render<MudPopoverProvider>();
    }

    protected BunitContext Context { get; } = new();

    protected IRenderedComponent<TComponent> Render<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        Context.Render(parameters);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    protected SynthesisQueue Queue { get; }

    protected VoiceCatalog Voices { get; }

    protected ChatCounters ChatCounters { get; } = new();

    protected ChatModerator Moderator { get; } = new(new FixedOptionsMonitor<ModerationOptions>(new ModerationOptions()), TimeProvider.System);
}
