namespace Aeo.Abstractions.Webhooks;

/// <summary>The event types a webhook subscription can ask for, as they appear in a delivery's <c>type</c>.</summary>
public static class WebhookEventTypes
{
    public const string RunCompleted = "run.completed";
    public const string RunFailed = "run.failed";
    public const string RunPartiallyCompleted = "run.partially_completed";
    public const string ChangeSignificant = "change.significant";
    public const string CitationLost = "citation.lost";
    public const string CitationGained = "citation.gained";
    public const string SchedulePaused = "schedule.paused";
    public const string BudgetReached = "budget.reached";
    public const string CompetitorDiscovered = "competitor.discovered";

    /// <summary>The ping <c>POST /api/v1/webhooks/{id}/test</c> sends; never subscribed to, sent to one subscription.</summary>
    public const string Test = "webhook.test";

    public static IReadOnlyList<string> Subscribable { get; } =
    [
        RunCompleted, RunFailed, RunPartiallyCompleted, ChangeSignificant, CitationLost, CitationGained, SchedulePaused,
        BudgetReached, CompetitorDiscovered,
    ];
}

/// <summary>How a delivery's body is shaped.</summary>
public static class WebhookFormats
{
    /// <summary>The Standard Webhooks body: <c>{"type", "timestamp", "data"}</c>.</summary>
    public const string Standard = "standard";

    /// <summary>A Slack incoming webhook's body: <c>{"text"}</c> with a readable sentence.</summary>
    public const string Slack = "slack";
}
