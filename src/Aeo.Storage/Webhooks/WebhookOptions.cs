using System.ComponentModel.DataAnnotations;

namespace Aeo.Storage.Webhooks;

/// <summary><c>Aeo:Webhooks</c>: where webhooks may be sent, and how deliveries are timed, retried and given up.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Aeo:Webhooks";

    /// <summary>
    /// Hosts (exact names or address literals, case-insensitive) that may be sent to over plain http and may resolve to
    /// private, loopback or link-local addresses; every other URL must be https to a public address.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>How long one attempt may take, connection included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long after an event a delivery is still retried; past it the delivery fails for good.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The delay before the first retry; each later one doubles it (with jitter), up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest delay between two attempts, also the cap on a receiver's <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed attempts in a row (of any of its deliveries) after which a subscription is disabled.</summary>
    [Range(1, 10_000)]
    public int DisableAfterFailures { get; set; } = 30;

    /// <summary>How often the dispatcher looks for due deliveries while it is active (a poke makes it look at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deliveries claimed and sent at once.</summary>
    [Range(1, 200)]
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed delivery is the claimer's; must exceed <see cref="Timeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The keep-alive reminder that brings the dispatcher back after its silo died (at least the silo's minimum).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
