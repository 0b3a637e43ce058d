using Aeo.Analysis.Discovery;
using Aeo.Storage.Discovery;

namespace Aeo.Api.Discovery;

public static class DiscoveryEndpoints
{
    public const int DefaultRuns = 5;
    public const int MaxRuns = 50;

    public static void MapDiscoveryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audits/{id:guid}/discovered-brands", ForRunAsync).WithTags("Audits");
        api.MapGet("/clients/{id:guid}/discovered-brands", ForClientAsync).WithTags("Clients");
    }

    /// <summary>One ended run's discovered brands, as stored when it ended (a run that ended without is computed now and stored).</summary>
    private static async Task<Results<Ok<DiscoveredBrandsResponse>, ValidationProblem, NotFoundProblem, ConflictProblem>> ForRunAsync(
        Guid id, ClaimsPrincipal user, AuditRunRepository runs, DiscoveryRecorder recorder, IOptions<DiscoveryOptions> options,
        int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        if (await runs.GetAsync(id, ct) is not { } run || !user.MaySee(run.ClientId))
        {
            return Problems.NotFound("audit");
        }
        if (!run.Status.IsTerminal())
        {
            return Problems.Conflict($"The run is {run.Status.ToWire()}; its discovered brands are known once it ends.");
        }
        if (await recorder.ForEndedRunAsync(id, ct) is not { } stored)
        {
            return Problems.NotFound("audit");
        }
        return TypedResults.Ok(Respond(run.ClientId, id, [stored], stored.Result, options.Value.AlertShare, paging));
    }

    /// <summary>The brands discovered over the client's <c>runs</c> most recently ended runs (default 5), less those it tracks now.</summary>
    private static async Task<Results<Ok<DiscoveredBrandsResponse>, ValidationProblem, NotFoundProblem>> ForClientAsync(
        Guid id, ClaimsPrincipal user, ClientRepository clients, DiscoveryRecorder recorder, DiscoveredBrandRepository discoveries,
        IOptions<DiscoveryOptions> options, string? runs, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var count = DefaultRuns;
        if (runs is not null && !(int.TryParse(runs, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxRuns))
        {
            errors.Add("runs", $"A whole number of runs from 1 to {MaxRuns}.");
        }
        Paging.TryRead(page, pageSize, errors, out var paging);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        if (!user.MaySee(id) || await clients.GetAsync(id, ct) is not { } client)
        {
            return Problems.NotFound("client");
        }
        await recorder.RecordMissingAsync(id, ct);
        var stored = await discoveries.RecentAsync(id, count, ct);
        var merged = DiscoveryMerge.Combine(
            stored.Select(s => s.Result).ToList(), DiscoveryMerge.UntrackedBy(DiscoveryRecorder.TrackedBy(client.Brand, client.Competitors)));
        return TypedResults.Ok(Respond(id, null, stored, merged, options.Value.AlertShare, paging));
    }

    private static DiscoveredBrandsResponse Respond(
        Guid clientId, Guid? runId, IReadOnlyList<StoredRunDiscovery> runs, DiscoveryResult result, double alertShare, Paging paging)
    {
        var crossed = runs.SelectMany(r => r.NewlyCrossed).ToHashSet(StringComparer.Ordinal);
        var items = result.Brands.Skip(paging.Offset).Take(paging.PageSize).Select(b => new DiscoveredBrandOutput(
            b.Name, b.Key, b.Variants, b.Domains, b.Answers, b.NamedAnswers, b.CitedAnswers,
            new DiscoveryRate(b.Share, b.Interval.Lower, b.Interval.Upper), b.Platforms,
            new FirstSeenOutput(Guid.Parse(b.FirstSeen.RunId!), b.FirstSeen.At), b.Samples, crossed.Contains(b.Key)));
        return new DiscoveredBrandsResponse(
            clientId, runId, runs.Select(r => r.RunId).ToList(), result.NonBrandedAnswers, alertShare, paging.Of(items, result.Brands.Count));
    }
}
