namespace Aeo.Api.Clients;

public sealed record BrandInput(string? Name, List<string?>? Aliases, List<string?>? Domains);

public sealed record CreateClientRequest(string? Name, string? Industry, BrandInput? Brand, List<BrandInput?>? Competitors);

public sealed record BrandOutput(string Name, string[] Aliases, string[] Domains);

public sealed record ClientResponse(Guid Id, string Name, string Industry, BrandOutput Brand, BrandOutput[] Competitors, DateTimeOffset CreatedAt);

/// <summary>The only response that ever carries the client's key.</summary>
public sealed record CreatedClientResponse(
    Guid Id, string Name, string Industry, BrandOutput Brand, BrandOutput[] Competitors, DateTimeOffset CreatedAt, string ApiKey);
