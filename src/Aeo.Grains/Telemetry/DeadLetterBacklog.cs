namespace Aeo.Grains.Telemetry;

/// <summary>
/// <c>aeo_dead_letters</c>: the cluster's dead letters waiting to be reprocessed, counted at each scrape with one cheap
/// query (bounded by <see cref="QueryTimeout"/>, so a scrape never hangs on an absent database). Every silo exports the
/// same cluster-wide figure: aggregate it with <c>max</c>, never <c>sum</c>. While the count cannot be read the series is
/// withdrawn rather than left showing a stale value.
/// </summary>
public sealed class DeadLetterBacklog
{
    public static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(2);

    private readonly DeadLetterRepository deadLetters;
    private readonly ILogger<DeadLetterBacklog> logger;
    private readonly Gauge backlog;

    public DeadLetterBacklog(MetricsRegistry registry, DeadLetterRepository deadLetters, ILogger<DeadLetterBacklog> logger)
    {
        this.deadLetters = deadLetters;
        this.logger = logger;
        backlog = Metrics.WithCustomRegistry(registry.Registry).CreateGauge(
            "aeo_dead_letters", "Dead letters waiting to be reprocessed, cluster-wide (the same figure on every silo: use max).",
            new GaugeConfiguration { SuppressInitialValue = true });
        registry.Registry.AddBeforeCollectCallback(RefreshAsync);
    }

    private async Task RefreshAsync(CancellationToken scrape)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(scrape);
        timeout.CancelAfter(QueryTimeout);
        try
        {
            backlog.Set(await deadLetters.CountAllAsync(timeout.Token));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !scrape.IsCancellationRequested)
        {
            logger.LogDebug(ex, "The dead-letter backlog could not be counted for this scrape");
            backlog.Unpublish();
        }
    }
}
