using System.ComponentModel.DataAnnotations;

namespace TtsPanel.Web.Api.Webhook;

/// <summary>The webhook <c>POST /api/messages</c> (section <c>Webhook</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhook";

    /// <summary>Largest request body taken, in bytes: 16 KiB, far more than the longest message needs.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Shortest token accepted, in characters: a short one could be guessed.</summary>
    public const int MinTokenLength = 16;

    /// <summary>Whether the webhook takes messages. Default false: it answers 404.</summary>
    [Display(Name = "Accept webhook messages", Description = "Turns POST /api/messages on; off, it answers 404. Default off.")]
    public bool Enabled { get; set; }

    /// <summary>
    /// The bearer token callers send; required, at least 16 characters, when <see cref="Enabled"/>. Default none.
    /// Generated on the Settings page and stored protected (a value in the settings file is the fallback); never logged
    /// or shown in full.
    /// </summary>
    [Display(Name = "Webhook token", Description = "The bearer token callers send; at least 16 characters, required when on. Stored protected, shown masked, never logged.")]
    public string? Token { get; set; }

    /// <summary>Most requests with the right token per <see cref="RateLimitWindowSeconds"/>. Default 30.</summary>
    [Display(Name = "Requests per window", Description = "More get 429 with Retry-After; 1–10000, default 30.")]
    public int RateLimitMessages { get; set; } = 30;

    /// <summary>The rate-limit window, in seconds. Default 60.</summary>
    [Display(Name = "Rate-limit window (seconds)", Description = "1–3600, default 60.")]
    public int RateLimitWindowSeconds { get; set; } = 60;
}
