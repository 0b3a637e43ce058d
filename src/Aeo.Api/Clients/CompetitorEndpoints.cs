namespace Aeo.Api.Clients;

public static class CompetitorEndpoints
{
    public static void MapCompetitorEndpoints(this RouteGroupBuilder clients) =>
        clients.MapPost("/{id:guid}/competitors", AddAsync).DocumentsBody<BrandInput>();

    /// <summary>
    /// Adds one competitor (<c>{name, aliases?, domains?}</c>, checked as a competitor of the client body is). 409 when
    /// its name, an alias or a domain is already tracked (the client's brand or a competitor) or the client has the most
    /// competitors allowed. Runs started from now on track it; a run already started keeps its snapshot.
    /// </summary>
    private static async Task<Results<Ok<ClientResponse>, NotFoundProblem, ValidationProblem, ConflictProblem>> AddAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, ClientRepository clients, ClientCompetitorRepository competitors,
        ClientKeyRepository keys, TimeProvider time, CancellationToken ct)
    {
        if (!user.MaySee(id) || await clients.GetAsync(id, ct) is null)
        {
            return Problems.NotFound("client");
        }
        var (request, error) = await JsonBody.ReadAsync<BrandInput>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = new ValidationErrors();
        ClientValidator.ValidateBrand(errors, "", request!);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var competitor = ClientValidator.ToSpec(request!);
        var outcome = await CompetitorAdder.AddAsync(id, competitor, competitors, time, ct);
        return outcome switch
        {
            CompetitorAddition.Added added => TypedResults.Ok(ClientMapping.ToResponse(added.Client, (await keys.LiveKeysAsync([id], ct))[id])),
            CompetitorAddition.Refused refused => Problems.Conflict(refused.Reason),
            _ => Problems.NotFound("client"),
        };
    }
}
