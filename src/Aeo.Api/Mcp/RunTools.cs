namespace Aeo.Api.Mcp;

/// <summary>Read tools over audit runs: the list, one run's status and figures, and what changed between two runs.</summary>
[McpServerToolType]
public sealed class RunTools(AuditRunRepository runs, IGrainFactory grains, AuditFigures figures)
{
    [McpServerTool(Name = "list_runs", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("List audit runs, newest first, paged (read total and ask for the next page). Each has id, status, stage, "
        + "work items answered/failed/total and times. Use a run's id with get_run, get_answers, get_sources or compare_runs.")]
    public async Task<McpPage<AuditRunSummary>> ListRunsAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("Only runs with this status: pending, running, completed, partially_completed, failed or cancelled.")] string? status = null,
        [Description("Operator key only: only this client's runs. A client key always sees its own runs only.")] Guid? clientId = null,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Runs per page, 1 to 50.")] int pageSize = 10,
        CancellationToken ct = default)
    {
        var user = context.User();
        RunStatus? wanted = null;
        if (status is not null)
        {
            wanted = RunStatusNames.TryParseStatus(status, out var parsed)
                ? parsed
                : throw new McpException("status: Not a run status: pending, running, completed, partially_completed, failed or cancelled.");
        }
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 50);
        var found = await runs.ListAsync(user.IsOperator() ? clientId : user.ClientId(), wanted, offset, size, ct);
        return new McpPage<AuditRunSummary>(found.Items.Select(AuditMapping.ToSummary).ToArray(), found.Total, number, size);
    }

    [McpServerTool(Name = "get_run", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("A run's live status (status, stage, progress, per-platform progress and errors, cost and budget) and its figures "
        + "so far per tracked brand: mention rate (visibility), share of voice, average rank (1 = named first), sentiment (-1..1) "
        + "and citation rate, rates as fractions with 95 % intervals. By default the headline segment (non-branded questions "
        + "on all platforms, the figure to quote); give platform for one platform's figures over all its questions.")]
    public async Task<RunOverview> GetRunAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's id.")] Guid runId,
        [Description("A platform name (see platform_status) for that platform's figures instead of the headline.")] string? platform = null,
        CancellationToken ct = default)
    {
        var view = await grains.GetGrain<IAuditRunGrain>(runId).GetStatusAsync();
        if (view is null || !context.MaySee(view.ClientId))
        {
            throw McpCaller.NotFound("run");
        }
        var status = AuditMapping.ToResponse(view);
        SegmentSummary? segment = null;
        if (await runs.GetAsync(runId, ct) is { } run && await figures.CalculateAsync(run, ct) is ({ } calculated, _))
        {
            segment = platform is null
                ? SegmentSummary.Of("headline", calculated.Headline)
                : calculated.ByPlatform.TryGetValue(platform, out var byPlatform)
                    ? SegmentSummary.Of($"platform:{platform}", byPlatform)
                    : throw new McpException($"platform: The run has no answers from '{platform}'; it asked {string.Join(", ", calculated.ByPlatform.Keys)}.");
        }
        return new RunOverview(status.Id, status.ClientId, status.Status, status.Stage, status.CurrentOperation, status.Progress, status.CreatedAt,
            status.CompletedAt, status.LastError, status.CostUsd, status.Budget, status.Platforms, segment);
    }

    [McpServerTool(Name = "compare_runs", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("What changed between an earlier run (the baseline) and a later run of the same client: per segment, brand and "
        + "metric, before, after, the difference with its 95 % interval, and whether it is significant (direction up/down). "
        + "By default only significant changes; paged.")]
    public async Task<RunComparisonResult> CompareRunsAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The later run.")] Guid runId,
        [Description("The earlier run to compare against (same client).")] Guid baselineRunId,
        [Description("Only the significant changes (default true).")] bool significantOnly = true,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Changes per page, 1 to 100.")] int pageSize = 25,
        CancellationToken ct = default)
    {
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 100);
        var current = await FiguresAsync(context, runId, "run", ct);
        var baseline = await FiguresAsync(context, baselineRunId, "baselineRunId", ct);
        if (baseline.Run.ClientId != current.Run.ClientId)
        {
            throw new McpException("baselineRunId: Compare runs of the same client.");
        }
        var changes = RunComparison.Compare(baseline.Figures, current.Figures).Changes.Where(c => !significantOnly || c.Significant).ToArray();
        return new RunComparisonResult(runId, baselineRunId, baseline.Run.Status.ToWire(),
            new McpPage<MetricChange>(changes.Skip(offset).Take(size).ToArray(), changes.Length, number, size));
    }

    private async Task<(AuditRunRecord Run, RunFigures Figures)> FiguresAsync(
        RequestContext<CallToolRequestParams> context, Guid id, string what, CancellationToken ct) =>
        await runs.GetAsync(id, ct) is { } run && context.MaySee(run.ClientId) && await figures.CalculateAsync(run, ct) is ({ } calculated, _)
            ? (run, calculated)
            : throw McpCaller.NotFound(what);
}
