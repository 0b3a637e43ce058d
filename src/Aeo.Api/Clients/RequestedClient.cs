namespace Aeo.Api.Clients;

/// <summary>The client a request to create something (an audit, a schedule) is for, checked as its <c>clientId</c> field.</summary>
public static class RequestedClient
{
    /// <summary>
    /// The operator must name an existing client; a client key acts for its own client and may name only that one.
    /// Errors go to <c>clientId</c>; <paramref name="what"/> is the thing created ("audit") and <paramref name="clientMay"/>
    /// what a client key does with it ("starts audits").
    /// </summary>
    /// <returns>The client's id, or null when there is none to act for.</returns>
    public static async Task<Guid?> ResolveAsync(
        ClaimsPrincipal user, Guid? named, ClientRepository clients, ValidationErrors errors, string what, string clientMay, CancellationToken ct)
    {
        var clientId = user.IsOperator() ? named : user.ClientId();
        if (user.IsOperator() && clientId is null)
        {
            errors.Add("clientId", $"Required with the operator key: name the client the {what} is for.");
        }
        else if (!user.IsOperator() && named is { } other && other != clientId)
        {
            errors.Add("clientId", $"A client key {clientMay} for its own client only; leave the field out.");
        }
        if (clientId is { } id && await clients.GetAsync(id, ct) is null)
        {
            errors.Add("clientId", "No such client.");
        }
        return clientId;
    }
}
