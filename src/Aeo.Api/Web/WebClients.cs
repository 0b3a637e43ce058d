namespace Aeo.Api.Web;

/// <summary>The client a page shows, and the clients the operator may switch between.</summary>
/// <param name="Current">Null when there is none to show: the operator has no client yet, or a client named one not its own.</param>
/// <param name="Choices">Every client, for the operator's picker; empty for a client.</param>
/// <param name="Refused">A client was named that the caller may not see (a page says "not found").</param>
public sealed record ClientScope(ClientRecord? Current, IReadOnlyList<ClientRecord> Choices, bool Refused);

/// <summary>
/// Resolves, once per request, which client a page is about: a client's session is its own client; the operator's is
/// the one named by the <c>client</c> query parameter, or else the newest client.
/// </summary>
public sealed class WebClients(ClientRepository clients, IHttpContextAccessor accessor)
{
    /// <summary>How many clients the operator's picker lists.</summary>
    public const int PickerLimit = 500;

    private ClientScope? resolved;

    public async Task<ClientScope> ResolveAsync(CancellationToken ct)
    {
        if (resolved is not null)
        {
            return resolved;
        }
        var http = accessor.HttpContext!;
        var user = http.User;
        Guid? named = Guid.TryParse(http.Request.Query["client"], out var id) ? id : null;
        if (user.IsOperator())
        {
            var all = (await clients.ListAsync(0, PickerLimit, ct)).Items.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            var current = named is { } wanted ? all.FirstOrDefault(c => c.Id == wanted) ?? await clients.GetAsync(wanted, ct) : all.FirstOrDefault();
            return resolved = new ClientScope(current, all, named is not null && current is null);
        }
        var own = user.ClientId() is { } clientId ? await clients.GetAsync(clientId, ct) : null;
        var refused = named is { } other && other != own?.Id;
        return resolved = new ClientScope(refused ? null : own, [], refused || own is null);
    }

    /// <summary>A link within the web app that keeps the operator's chosen client.</summary>
    public static string Link(string path, ClientScope scope, bool isOperator) =>
        isOperator && scope.Current is { } client ? $"{path}{(path.Contains('?') ? '&' : '?')}client={client.Id}" : path;
}
