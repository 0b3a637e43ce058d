using Aeo.Abstractions.Audits;
using Aeo.Storage.Repositories;

namespace Aeo.Api.Clients;

public static class ClientMapping
{
    public static ClientResponse ToResponse(ClientRecord client) => new(
        client.Id, client.Name, client.Industry, ToOutput(client.Brand), client.Competitors.Select(ToOutput).ToArray(), client.CreatedAt);

    private static BrandOutput ToOutput(BrandSpec brand) => new(brand.Name, brand.Aliases, brand.Domains);
}
