using System.Globalization;
using Aeo.Abstractions.Webhooks;
using Aeo.Analysis.Questions;
using Aeo.Grains.Audits;
using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;
using Npgsql;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// What a run's end writes with the end itself (<see cref="RunEndRecords"/>). Its webhook events: <c>run.completed</c>,
/// <c>run.failed</c> or <c>run.partially_completed</c> (a cancelled run reports nothing), <c>budget.reached</c> when
/// the run stopped at its budget, and for a run with figures its significant changes against the previous comparable
/// run (non-branded questions, at <c>Aeo:Changes:FalseDiscoveryRate</c>). Every id is derived from the run and the time
/// it ended, so a repeated save makes the same events, and a run retried and ended again makes new ones. And for a
/// completed or partially completed run, its tested change families in every segment (<see cref="RunChangeStore"/>),
/// tested once from the two runs' evidence, which the changes endpoint, the report and the run page then read.
/// </summary>
public sealed class RunEndEvents(RunChangeFinder changes, IOptions<ChangeOptions> changeOptions, ILogger<RunEndEvents> logger)
{
    public async Task<RunEndRecords> ForAsync(Guid runId, AuditRunState run, CancellationToken ct)
    {
        var type = run.Status switch
        {
            RunStatus.Completed => WebhookEventTypes.RunCompleted,
            RunStatus.PartiallyCompleted => WebhookEventTypes.RunPartiallyCompleted,
            RunStatus.Failed => WebhookEventTypes.RunFailed,
            _ => null,
        };
        if (type is null || run.Spec is not { } spec)
        {
            return RunEndRecords.None;
        }
        var ended = run.CompletedAt ?? DateTimeOffset.UtcNow;
        var stamp = ended.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var events = new List<WebhookEvent> { RunEvent(type, runId, run, spec, ended, stamp) };
        if (run.BudgetReachedAt is { } reached && spec.MaxCostUsd is { } budget)
        {
            events.Add(new WebhookEvent(
                WebhookEvent.IdFor(WebhookEventTypes.BudgetReached, runId.ToString(), stamp),
                spec.ClientId,
                WebhookEventTypes.BudgetReached,
                FormattableString.Invariant($"Audit run {runId} for {spec.Brand.Name} stopped at its budget: {run.SpentUsd:0.####} of {budget:0.####} USD spent, {run.Skipped} work item(s) never asked"),
                new { runId, clientId = spec.ClientId, budgetUsd = budget, spentUsd = run.SpentUsd, skipped = run.Skipped, reachedAt = reached },
                ended));
        }
        if (run.Status is not (RunStatus.Completed or RunStatus.PartiallyCompleted))
        {
            return new RunEndRecords(events, []);
        }
        var families = await ChangeFamiliesAsync(runId, spec.ClientId, ended, ct);
        if (families.FirstOrDefault(f => f.Segment == QuestionTypes.NonBranded) is { } headline)
        {
            events.AddRange(ChangeEvents.From(runId, spec.ClientId, ended, headline.Family));
        }
        return new RunEndRecords(events, families);
    }

    private async Task<IReadOnlyList<StoredChangeFamily>> ChangeFamiliesAsync(Guid runId, Guid clientId, DateTimeOffset ended, CancellationToken ct)
    {
        try
        {
            var families = await changes.ForAsync(runId, clientId, ended, RunChangeStore.Segments, changeOptions.Value.FalseDiscoveryRate, ct);
            return RunChangeStore.Segments.Zip(families, (segment, family) => new StoredChangeFamily(RunChangeStore.SegmentOf(segment), ended, family))
                .ToList();
        }
        catch (Exception ex) when (ex is not (NpgsqlException or OperationCanceledException))
        {
            // A run whose changes cannot be computed still reports its end; its families are then tested on first
            // read. The database being away fails the save, which is retried with the changes.
            logger.LogWarning(ex, "Run {Run} ended but its changes could not be computed; no change events are sent", runId);
            return [];
        }
    }

    private static WebhookEvent RunEvent(string type, Guid runId, AuditRunState run, AuditSpec spec, DateTimeOffset ended, string stamp)
    {
        var answered = run.Stats.Sum(s => s.SuccessfulQueries);
        var failed = run.Stats.Sum(s => s.FailedQueries);
        var mentioning = run.Stats.Sum(s => s.ResponsesMentioningBrand);
        double? mentionRate = answered == 0 ? null : Math.Round((double)mentioning / answered, 4);
        var status = run.Status.ToWire();
        var summary = FormattableString.Invariant(
            $"Audit run {runId} for {spec.Brand.Name} ended {status.Replace('_', ' ')}: {answered} answer(s), {failed} failed")
            + (mentionRate is { } rate ? FormattableString.Invariant($"; {spec.Brand.Name} mentioned in {rate * 100:0.#} % of answers") : "")
            + (run.Status == RunStatus.Failed && run.LastError is { } error ? $" ({error})" : "");
        return new WebhookEvent(
            WebhookEvent.IdFor(type, runId.ToString(), stamp),
            spec.ClientId,
            type,
            summary,
            new
            {
                runId,
                clientId = spec.ClientId,
                status,
                brand = spec.Brand.Name,
                startedAt = run.StartedAt,
                completedAt = ended,
                totalQuestions = run.TotalQuestions,
                totalWorkItems = run.TotalWorkItems,
                processed = run.Platforms.Values.Sum(p => p.Processed),
                failed = run.Platforms.Values.Sum(p => p.Failed),
                skipped = run.Skipped,
                costUsd = run.SpentUsd,
                lastError = run.LastError,
                brandMentionRate = mentionRate,
                platforms = run.Stats.Select(s => new
                {
                    platform = s.Platform,
                    simulated = s.IsSimulated,
                    answered = s.SuccessfulQueries,
                    failed = s.FailedQueries,
                    brandMentionRate = s.BrandMentionRate,
                }),
                links = new { self = $"/api/v1/audits/{runId}", figures = $"/api/v1/audits/{runId}/figures", changes = $"/api/v1/audits/{runId}/changes" },
            },
            ended);
    }
}
