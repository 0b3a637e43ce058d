namespace Aeo.Api.Clients;

/// <summary>Key rotation, for the operator or the client itself: issue a second key, move to it, revoke the first.</summary>
public static class ClientKeyEndpoints
{
    public static void MapClientKeyEndpoints(this RouteGroupBuilder clients)
    {
        clients.MapPost("/{id:guid}/keys", IssueAsync);
        clients.MapDelete("/{id:guid}/keys/{keyId:guid}", RevokeAsync);
    }

    /// <summary>A new key, shown this once; refused while the client already holds <see cref="ClientKeys.MaxLive"/> live keys.</summary>
    private static async Task<Results<Created<IssuedKeyResponse>, NotFoundProblem, ConflictProblem>> IssueAsync(
        Guid id, ClaimsPrincipal user, ClientKeys keys, CancellationToken ct)
    {
        if (!user.MaySee(id))
        {
            return Problems.NotFound("client");
        }
        var (result, issued) = await keys.IssueAsync(id, ct);
        return result switch
        {
            KeyIssueResult.Issued => TypedResults.Created($"/api/v1/clients/{id}", issued),
            KeyIssueResult.LimitReached => Problems.Conflict(
                $"The client already holds {ClientKeys.MaxLive} live keys; revoke one (DELETE /api/v1/clients/{id}/keys/{{keyId}}) first."),
            _ => Problems.NotFound("client"),
        };
    }

    /// <summary>Revokes a key; it stops working at once. Revoking a revoked key again is a no-op.</summary>
    private static async Task<Results<NoContent, NotFoundProblem>> RevokeAsync(
        Guid id, Guid keyId, ClaimsPrincipal user, ClientKeys keys, CancellationToken ct) =>
        user.MaySee(id) && await keys.RevokeAsync(id, keyId, ct) ? TypedResults.NoContent() : Problems.NotFound("key");
}
