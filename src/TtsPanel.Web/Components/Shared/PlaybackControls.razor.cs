using Microsoft.AspNetCore.Components;
using TtsPanel.App.Playback;
using TtsPanel.App.Queue;

namespace TtsPanel.Web.Components.Shared;

/// <summary>The clip now playing and the streamer's playback commands: skip, pause/resume, clear, volume.</summary>
public partial class PlaybackControls
{
    /// <summary>The item an overlay is playing, or null.</summary>
    [Parameter] public QueueItem? NowPlaying { get; set; }

    /// <summary>Pause state and volume.</summary>
    [Parameter, EditorRequired] public PlaybackState State { get; set; } = new(false, 1);

    /// <summary>How many overlays are connected; 0 shows a warning.</summary>
    [Parameter] public int OverlayCount { get; set; }

    [Parameter] public EventCallback OnSkip { get; set; }

    [Parameter] public EventCallback OnPause { get; set; }

    [Parameter] public EventCallback OnResume { get; set; }

    [Parameter] public EventCallback OnClear { get; set; }

    /// <summary>Raised with the new volume, 0 to 1.</summary>
    [Parameter] public EventCallback<double> OnVolume { get; set; }
}
