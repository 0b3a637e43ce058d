using System.Security.Claims;
using Aeo.Api.Auth;
using Aeo.Api.Http;
using Aeo.Storage.Repositories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aeo.Api.Clients;

public static class ClientEndpoints
{
    public static void MapClientEndpoints(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");
        clients.MapPost("/", CreateAsync).RequireOperator();
        clients.MapGet("/{id:guid}", GetAsync);
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

    private static async Task<Results<Ok<ClientResponse>, NotFoundProblem>> GetAsync(
        Guid id, ClaimsPrincipal user, ClientRepository clients, CancellationToken ct)
    {
        var client = user.MaySee(id) ? await clients.GetAsync(id, ct) : null;
        return client is null ? Problems.NotFound("client") : TypedResults.Ok(ClientMapping.ToResponse(client));
    }
}
