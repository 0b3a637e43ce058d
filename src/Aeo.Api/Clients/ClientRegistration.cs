namespace Aeo.Api.Clients;

/// <summary>Creates a client with a fresh key; the key is returned here once and stored only as a hash.</summary>
public sealed class ClientRegistration(ClientRepository clients, TimeProvider time)
{
    public async Task<CreatedClientResponse> RegisterAsync(CreateClientRequest request, CancellationToken ct)
    {
        var key = ApiKeys.NewClientKey();
        var record = new ClientRecord(
            Guid.CreateVersion7(),
            request.Name!.Trim(),
            request.Industry!.Trim(),
            ClientValidator.ToSpec(request.Brand!),
            ClientValidator.CompetitorSpecs(request),
            time.GetUtcNow());
        var stored = await clients.CreateAsync(record, ApiKeys.Hash(key), ct);
        var shown = ClientMapping.ToResponse(record, [stored]);
        return new CreatedClientResponse(
            shown.Id, shown.Name, shown.Industry, shown.Brand, shown.Competitors, shown.CreatedAt, shown.UpdatedAt, shown.Keys, key);
    }
}
