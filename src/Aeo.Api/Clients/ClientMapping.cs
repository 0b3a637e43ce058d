namespace Aeo.Api.Clients;

public static class ClientMapping
{
    public static ClientResponse ToResponse(ClientRecord client, IEnumerable<ClientKeyRecord> liveKeys) => new(
        client.Id,
        client.Name,
        client.Industry,
        ToOutput(client.Brand),
        client.Competitors.Select(ToOutput).ToArray(),
        client.CreatedAt,
        client.UpdatedAt,
        liveKeys.Select(k => new ClientKeyOutput(k.Id, k.CreatedAt)).ToArray());

    private static BrandOutput ToOutput(BrandSpec brand) => new(brand.Name, brand.Aliases, brand.Domains);
}
