using System.Security.Claims;
using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Aeo.Api.Auth;
using Aeo.Api.Http;
using Aeo.Storage.Repositories;

namespace Aeo.Api.DeadLetters;

/// <summary>
/// Work items that failed for good: listed per client (all of them for the operator), and reprocessed into their
/// original runs, which ask those items again and finalize anew.
/// </summary>
public static class DeadLetterEndpoints
{
    public const int MaxReprocessIds = 1000;

    public static void MapDeadLetterEndpoints(this RouteGroupBuilder api)
    {
        var letters = api.MapGroup("/dead-letters").WithTags("Dead letters");
        letters.MapGet("/", ListAsync);
        letters.MapPost("/reprocess", ReprocessAsync);
    }

    private static async Task<IResult> ListAsync(
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
        return TypedResults.Ok(new PageResponse<DeadLetterResponse>(
            found.Items.Select(ToResponse).ToList(), found.Total, paging.Page, paging.PageSize));
    }

    /// <summary>
    /// Checks everything before anything changes: every id exists and is the caller's, and every run concerned has ended
    /// (409 otherwise). Each run then deletes its chosen letters and asks those items again; a run's budget and its client's
    /// run cap still hold (a spent budget is a 409; a full cap queues the run, or under the reject policy leaves it as it is).
    /// </summary>
    private static async Task<IResult> ReprocessAsync(
        HttpRequest http, ClaimsPrincipal user, DeadLetterRepository letters, AuditRunRepository runs, IGrainFactory grains,
        CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<ReprocessRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var (chosen, invalid) = await ChooseAsync(request!, user, letters, runs, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        var byRun = chosen!.GroupBy(letter => letter.RunId).ToDictionary(g => g.Key, g => g.Select(l => l.Id).ToArray());
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
            results.Add(new ReprocessedRunResponse(runId, outcome.Action, outcome.Reason, outcome.Deleted, $"/api/v1/audits/{runId}"));
        }
        return TypedResults.Accepted((string?)null, new ReprocessResponse(results));
    }

    /// <summary>The dead letters the request names, or the problem with it (nothing is changed either way).</summary>
    private static async Task<(IReadOnlyList<DeadLetterOwner>? Chosen, IResult? Error)> ChooseAsync(
        ReprocessRequest request, ClaimsPrincipal user, DeadLetterRepository letters, AuditRunRepository runs, CancellationToken ct)
    {
        if (request.Ids is not null && request.RunId is not null)
        {
            return (null, Problems.Invalid("ids", "Give ids or runId, not both."));
        }
        if (request.RunId is { } runId)
        {
            if (await runs.GetAsync(runId, ct) is not { } run || !user.MaySee(run.ClientId))
            {
                return (null, Problems.NotFound("audit"));
            }
            var ofRun = await letters.IdsOfRunAsync(runId, ct);
            return ofRun.Count == 0
                ? (null, Problems.Invalid("runId", "The run has no dead letters."))
                : (ofRun.Select(id => new DeadLetterOwner(id, runId, run.ClientId)).ToList(), null);
        }
        if (request.Ids is not { } ids)
        {
            return (null, Problems.Invalid("ids", "Name the dead letters to reprocess, or give runId to reprocess all of one run's."));
        }
        if (ids.Count is 0 or > MaxReprocessIds)
        {
            return (null, Problems.Invalid("ids", $"Give between 1 and {MaxReprocessIds} ids."));
        }

        var errors = new ValidationErrors();
        var owners = (await letters.OwnersAsync(ids.OfType<Guid>().Distinct().ToArray(), ct))
            .Where(owner => user.MaySee(owner.ClientId))
            .ToDictionary(owner => owner.Id);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is not { } id)
            {
                errors.Add($"ids[{i}]", "Must be a dead letter's id.");
            }
            else if (!owners.ContainsKey(id))
            {
                errors.Add($"ids[{i}]", "No such dead letter is visible to this key.");
            }
        }
        return errors.Any ? (null, errors.ToResult()) : (owners.Values.ToList(), null);
    }

    private static string? NotReprocessable(Guid runId, AuditRunView? view) =>
        ReprocessRule.Check(view) is { } refusal ? $"Run {runId}: {refusal.Reason}" : null;

    private static DeadLetterResponse ToResponse(DeadLetterView d) => new(
        d.Id, d.RunId, d.QuestionId, d.QuestionText, d.Platform, d.Sample, d.ErrorClass, d.Message, d.Attempts, d.FirstFailedAt,
        d.LastFailedAt);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
