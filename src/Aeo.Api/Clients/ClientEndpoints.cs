namespace Aeo.Api.Clients;

public static class ClientEndpoints
{
    public static void MapClientEndpoints(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");
        clients.MapPost("/", CreateAsync).RequireOperator().DocumentsBody<CreateClientRequest>();
        clients.MapGet("/", ListAsync).RequireOperator();
        clients.MapGet("/{id:guid}", GetAsync);
        clients.MapPut("/{id:guid}", UpdateAsync).DocumentsBody<CreateClientRequest>();
        clients.MapDelete("/{id:guid}", DeleteAsync).RequireOperator();
        clients.MapClientKeyEndpoints();
        clients.MapCompetitorEndpoints();
    }

    private static async Task<Results<Created<CreatedClientResponse>, ValidationProblem>> CreateAsync(
        HttpRequest http, ClientRegistration registration, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<CreateClientRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = ClientValidator.Validate(request!);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var created = await registration.RegisterAsync(request!, ct);
        return TypedResults.Created($"/api/v1/clients/{created.Id}", created);
    }

    /// <summary>Every client, newest first, with its live key ids.</summary>
    private static async Task<Results<Ok<PageResponse<ClientResponse>>, ValidationProblem>> ListAsync(
        ClientRepository clients, ClientKeyRepository keys, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        var found = await clients.ListAsync(paging.Offset, paging.PageSize, ct);
        var live = await keys.LiveKeysAsync(found.Items.Select(c => c.Id).ToArray(), ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(c => ClientMapping.ToResponse(c, live[c.Id])), found.Total));
    }

    private static async Task<Results<Ok<ClientResponse>, NotFoundProblem>> GetAsync(
        Guid id, ClaimsPrincipal user, ClientRepository clients, ClientKeyRepository keys, CancellationToken ct)
    {
        var client = user.MaySee(id) ? await clients.GetAsync(id, ct) : null;
        return client is null ? Problems.NotFound("client") : TypedResults.Ok(await WithKeysAsync(client, keys, ct));
    }

    /// <summary>
    /// Replaces the client's name, industry, brand and competitors (the create body). Runs started from now on track the
    /// new brands; a run already started keeps the snapshot it started with.
    /// </summary>
    private static async Task<Results<Ok<ClientResponse>, NotFoundProblem, ValidationProblem>> UpdateAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, ClientRepository clients, ClientKeyRepository keys, TimeProvider time,
        CancellationToken ct)
    {
        if (!user.MaySee(id) || await clients.GetAsync(id, ct) is null)
        {
            return Problems.NotFound("client");
        }
        var (request, error) = await JsonBody.ReadAsync<CreateClientRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = ClientValidator.Validate(request!);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var updated = await clients.UpdateAsync(
            id, request!.Name!.Trim(), request.Industry!.Trim(), ClientValidator.ToSpec(request.Brand!), ClientValidator.CompetitorSpecs(request),
            time.GetUtcNow(), ct);
        return updated is null ? Problems.NotFound("client") : TypedResults.Ok(await WithKeysAsync(updated, keys, ct));
    }

    /// <summary>
    /// Deletes the client and all its data. Refused while it has active runs or active schedules, unless
    /// <c>force=true</c>, which cancels and deletes them first.
    /// </summary>
    private static async Task<Results<NoContent, NotFoundProblem, ConflictProblem, ValidationProblem>> DeleteAsync(
        Guid id, string? force, ClientDeletion deletion, CancellationToken ct)
    {
        if (force is not (null or "true" or "false"))
        {
            return Problems.Invalid("force", "Must be true or false.");
        }
        return await deletion.DeleteAsync(id, force == "true", ct) switch
        {
            DeletionOutcome.NotFound => Problems.NotFound("client"),
            DeletionOutcome.Busy busy => new ConflictProblem(
                $"The client has {busy.Activity.ActiveRuns} active run(s) and {busy.Activity.ActiveSchedules} active schedule(s); "
                + "wait for them, cancel or pause them, or delete with force=true to cancel them.",
                new Dictionary<string, object?> { ["activeRuns"] = busy.Activity.ActiveRuns, ["activeSchedules"] = busy.Activity.ActiveSchedules }),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<ClientResponse> WithKeysAsync(ClientRecord client, ClientKeyRepository keys, CancellationToken ct) =>
        ClientMapping.ToResponse(client, (await keys.LiveKeysAsync([client.Id], ct))[client.Id]);
}
