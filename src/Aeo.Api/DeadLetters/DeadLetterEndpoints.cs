namespace Aeo.Api.DeadLetters;

/// <summary>
/// Work items that failed for good: listed per client (all of them for the operator), and reprocessed into their
/// original runs, which ask those items again and finalize anew.
/// </summary>
public static class DeadLetterEndpoints
{
    public static void MapDeadLetterEndpoints(this RouteGroupBuilder api)
    {
        var letters = api.MapGroup("/dead-letters").WithTags("Dead letters");
        letters.MapGet("/", ListAsync);
        letters.MapPost("/reprocess", ReprocessAsync).DocumentsBody<ReprocessRequest>();
    }

    private static async Task<Results<Ok<PageResponse<DeadLetterResponse>>, ValidationProblem, NotFoundProblem>> ListAsync(
        ClaimsPrincipal user, DeadLetterRepository letters, AuditRunRepository runs, Guid? runId, string? platform, string? errorClass,
        int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        if (runId is { } id && (await runs.GetAsync(id, ct) is not { } run || !user.MaySee(run.ClientId)))
        {
            return Problems.NotFound("audit");
        }
        var filter = new DeadLetterFilter(user.IsOperator() ? null : user.ClientId(), runId, Blank(platform), Blank(errorClass));
        var found = await letters.ListAsync(filter, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(DeadLetterMapping.ToResponse), found.Total));
    }

    /// <summary>
    /// Checks everything before anything changes: every id exists and is the caller's, and every run concerned has ended
    /// (409 otherwise). Each run then deletes its chosen letters and asks those items again; a run's budget and its client's
    /// run cap still hold (a spent budget is a 409; a full cap queues the run, or under the reject policy leaves it as it is).
    /// </summary>
    private static async Task<Results<Accepted<ReprocessResponse>, ValidationProblem, NotFoundProblem, ConflictProblem>> ReprocessAsync(
        HttpRequest http, ClaimsPrincipal user, DeadLetterRepository letters, AuditRunRepository runs, IGrainFactory grains,
        RunStatusCache statuses, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<ReprocessRequest>(http);
        if (error is not null)
        {
            return error;
        }
        if (request!.Ids is not null && request.RunId is not null)
        {
            return Problems.Invalid("ids", "Give ids or runId, not both.");
        }
        IReadOnlyList<DeadLetterOwner> chosen;
        if (request.RunId is { } wholeRun)
        {
            if (await runs.GetAsync(wholeRun, ct) is not { } run || !user.MaySee(run.ClientId))
            {
                return Problems.NotFound("audit");
            }
            var ofRun = await letters.IdsOfRunAsync(wholeRun, ct);
            if (ofRun.Count == 0)
            {
                return Problems.Invalid("runId", "The run has no dead letters.");
            }
            chosen = ofRun.Select(id => new DeadLetterOwner(id, wholeRun, run.ClientId)).ToList();
        }
        else
        {
            var errors = new ValidationErrors();
            var owners = await ReprocessRequestValidator.VisibleLettersAsync(request.Ids, user, letters, errors, ct);
            if (errors.Any)
            {
                return errors.ToResult();
            }
            chosen = owners;
        }

        var byRun = chosen.GroupBy(letter => letter.RunId).ToDictionary(g => g.Key, g => g.Select(l => l.Id).ToArray());
        foreach (var runId in byRun.Keys)
        {
            var view = await grains.GetGrain<IAuditRunGrain>(runId).GetStatusAsync();
            if (NotReprocessable(runId, view) is { } conflict)
            {
                return Problems.Conflict(conflict);
            }
        }

        var results = new List<ReprocessedRunResponse>();
        foreach (var (runId, ids) in byRun.OrderBy(r => r.Key))
        {
            var outcome = await grains.GetGrain<IAuditRunGrain>(runId).ReprocessAsync(ids);
            await statuses.RefreshAsync(runId);
            results.Add(new ReprocessedRunResponse(runId, outcome.Action, outcome.Reason, outcome.Deleted, $"/api/v1/audits/{runId}"));
        }
        return TypedResults.Accepted((string?)null, new ReprocessResponse(results));
    }

    private static string? NotReprocessable(Guid runId, AuditRunView? view) =>
        ReprocessRule.Check(view) is { } refusal ? $"Run {runId}: {refusal.Reason}" : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
