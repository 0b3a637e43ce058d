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
        return await DiscoveredBrandsViews.ForRunAsync(recorder, run, options.Value.AlertShare, paging, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound("audit");
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
        return TypedResults.Ok(await DiscoveredBrandsViews.ForClientAsync(recorder, discoveries, client, count, options.Value.AlertShare, paging, ct));
    }
}
