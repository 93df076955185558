using System.ComponentModel.DataAnnotations;

namespace TtsPanel.App.Chat.YouTube;

/// <summary>Reading a YouTube live chat through the YouTube Data API with an API key (section <c>Chat:YouTube</c>).</summary>
public sealed class YouTubeOptions
{
    public const string Section = "Chat:YouTube";

    /// <summary>Whether the panel reads the YouTube live chat. Default false; the other settings are checked only when true.</summary>
    [Display(Name = "Read YouTube live chat", Description = "Connects or disconnects at once; the other YouTube settings are checked only when on. Default off.")]
    public bool Enabled { get; set; }

    /// <summary>A YouTube Data API key from the Google Cloud console; required. Never logged or shown back.</summary>
    [Display(Name = "YouTube Data API key", Description = "Required; from the Google Cloud console. Stored protected, shown masked, never logged.")]
    public string? ApiKey { get; set; }

    /// <summary>The live stream's video id (11 characters, from <c>youtube.com/watch?v=…</c>); its live chat is looked up. Set this or <see cref="LiveChatId"/>.</summary>
    [Display(Name = "Stream video id", Description = "The 11 characters after youtube.com/watch?v=; its live chat is looked up. Set this or the live chat id.")]
    public string? VideoId { get; set; }

    /// <summary>The live chat's id, when known; saves the look-up. Set this or <see cref="VideoId"/>.</summary>
    [Display(Name = "Live chat id", Description = "When known; saves the look-up. Set this or the video id.")]
    public string? LiveChatId { get; set; }

    /// <summary>The API's address. Default <c>https://www.googleapis.com/youtube/v3/</c>; tests point it at a loopback server.</summary>
    [Display(Name = "API address", Description = "An absolute http or https address. Default https://www.googleapis.com/youtube/v3/.")]
    public string BaseUrl { get; set; } = "https://www.googleapis.com/youtube/v3/";

    /// <summary>
    /// Quota units this panel may spend per Pacific-time day (Google resets quotas at midnight Pacific time). Default
    /// 10000, a new Google Cloud project's daily quota; one chat poll costs 5 units, one video look-up 1.
    /// </summary>
    [Display(Name = "Quota units per day", Description = "Spent per Pacific-time day; a poll costs 5, a video look-up 1; 10–100000000, default 10000.")]
    public int QuotaUnitsPerDay { get; set; } = 10_000;

    /// <summary>
    /// Hours the remaining budget is spread over, at most until the quota resets: polls are spaced so that the units
    /// left last that long. Default 6. Fewer hours poll faster and spend the budget sooner.
    /// </summary>
    [Display(Name = "Spread quota over (hours)", Description = "Polls are spaced so the units left last this long, at most until the reset; 0.1–24, default 6.")]
    public double QuotaSpreadHours { get; set; } = 6;

    /// <summary>Shortest wait between two polls in milliseconds, whatever YouTube's <c>pollingIntervalMillis</c> says. Default 1000.</summary>
    [Display(Name = "Shortest poll interval (ms)", Description = "Whatever YouTube asks; 100–600000, default 1000.")]
    public int MinPollIntervalMs { get; set; } = 1_000;

    /// <summary>Seconds one request may take before it counts as a network failure. Default 10.</summary>
    [Display(Name = "Request timeout (seconds)", Description = "A request without an answer by then is retried; 1–120, default 10.")]
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>First retry delay in milliseconds after a network or server error; it doubles per failure, with jitter. Default 1000.</summary>
    [Display(Name = "First retry delay (ms)", Description = "After a network or server error; doubles per failure, with jitter; 10–60000, default 1000.")]
    public int RetryMinDelayMs { get; set; } = 1_000;

    /// <summary>Longest retry delay in milliseconds. Default 60000.</summary>
    [Display(Name = "Longest retry delay (ms)", Description = "At least the first delay; 10–3600000, default 60000.")]
    public int RetryMaxDelayMs { get; set; } = 60_000;

    /// <summary>Chat item ids remembered to drop one delivered twice. Default 2000.</summary>
    [Display(Name = "Chat item ids remembered", Description = "To drop an item delivered twice; 1–100000, default 2000.")]
    public int DedupeCapacity { get; set; } = 2_000;

    /// <summary>Seconds a chat item id is remembered. Default 600.</summary>
    [Display(Name = "Chat item id memory (seconds)", Description = "How long an id is remembered; 1–86400, default 600.")]
    public int DedupeWindowSeconds { get; set; } = 600;

    /// <summary>Chat events held for the reader; beyond it events are dropped and counted. Default 10000.</summary>
    [Display(Name = "Chat events buffered", Description = "Events waiting for the panel; more are dropped and counted; 1–1000000, default 10000.")]
    public int EventBufferCapacity { get; set; } = 10_000;

    /// <summary>
    /// The bits a Super Chat or Super Sticker counts as, by YouTube's tier (first entry tier 1, the cheapest; tiers past
    /// the list take the last entry). Tiers are the same price bands in every currency, so no exchange rate is needed.
    /// Default <c>100, 200, 500, 1000, 2000, 5000, 10000</c>: each tier's lowest US-dollar price at 100 bits per dollar.
    /// </summary>
    [Display(Name = "Bits per Super Chat tier", Description = "One number per line, tier 1 first; later tiers take the last; each 1–1000000. Default 100, 200, 500, 1000, 2000, 5000, 10000.")]
    public List<int> SuperChatTierBits { get; set; } = [];

    /// <summary>The tier table used when <see cref="SuperChatTierBits"/> is left empty (configuration binding appends to a filled list, so the default lives apart).</summary>
    public static IReadOnlyList<int> DefaultSuperChatTierBits { get; } = [100, 200, 500, 1_000, 2_000, 5_000, 10_000];
}
