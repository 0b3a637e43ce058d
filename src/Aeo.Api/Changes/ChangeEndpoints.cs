using Aeo.Api.Trends;
using Aeo.Storage.Trends;

namespace Aeo.Api.Changes;

public static class ChangeEndpoints
{
    public static void MapChangeEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/audits/{id:guid}/changes", ChangesAsync).WithTags("Audits");

    /// <summary>The options of <see cref="ChangeOptions"/>, checked at start, and the service that computes changes.</summary>
    public static IServiceCollection AddRunChanges(this IServiceCollection services)
    {
        services.AddOptions<ChangeOptions>()
            .BindConfiguration(ChangeOptions.Section)
            .Validate(o => o.FalseDiscoveryRate is > 0 and < 1, $"{ChangeOptions.Section}:FalseDiscoveryRate must lie strictly between 0 and 1.")
            .ValidateOnStart();
        services.AddSingleton<RunChanges>();
        return services;
    }

    /// <summary>
    /// The run's changes against the previous comparable run, in <c>segment</c> (non_branded by default, as the headline;
    /// branded or all), at false discovery rate <c>q</c> (default <c>Aeo:Changes:FalseDiscoveryRate</c>).
    /// </summary>
    private static async Task<Results<Ok<ChangesResponse>, ValidationProblem, NotFoundProblem, ConflictProblem>> ChangesAsync(
        Guid id, ClaimsPrincipal user, AuditRunRepository runs, RunChanges changes, IOptions<ChangeOptions> options, string? segment, string? q,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        segment ??= QuestionTypes.NonBranded;
        if (segment is not (QuestionTypes.NonBranded or QuestionTypes.Branded or TrendQuery.AllSegment))
        {
            errors.Add("segment", "Not a segment: non_branded, branded or all.");
        }
        var rate = options.Value.FalseDiscoveryRate;
        if (q is not null && !(double.TryParse(q, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && rate is > 0 and < 1))
        {
            errors.Add("q", "A false discovery rate strictly between 0 and 1, such as 0.05.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        if (await runs.GetAsync(id, ct) is not { } run || !user.MaySee(run.ClientId))
        {
            return Problems.NotFound("audit");
        }
        if (!run.Status.IsTerminal())
        {
            return Problems.Conflict($"The run is {run.Status.ToWire()}; its changes are known once it ends.");
        }
        var questionType = segment == TrendQuery.AllSegment ? null : segment;
        return TypedResults.Ok(await changes.ForAsync(run, questionType, segment, rate, ct));
    }
}
