namespace Aeo.Api.Clients;

public sealed record BrandInput(string? Name, List<string?>? Aliases, List<string?>? Domains);

/// <summary>A client as created, and as <c>PUT</c> replaces it.</summary>
public sealed record CreateClientRequest(string? Name, string? Industry, BrandInput? Brand, List<BrandInput?>? Competitors);

public sealed record BrandOutput(string Name, string[] Aliases, string[] Domains);

/// <summary>A live API key of a client, by id: the key itself is shown once, when it is issued, and never again.</summary>
public sealed record ClientKeyOutput(Guid Id, DateTimeOffset CreatedAt);

public sealed record ClientResponse(
    Guid Id, string Name, string Industry, BrandOutput Brand, BrandOutput[] Competitors, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt,
    ClientKeyOutput[] Keys);

/// <summary>The only response that carries the client's first key.</summary>
public sealed record CreatedClientResponse(
    Guid Id, string Name, string Industry, BrandOutput Brand, BrandOutput[] Competitors, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt,
    ClientKeyOutput[] Keys, string ApiKey);

/// <summary>The only response that carries a new key: <see cref="Id"/> names it in listings and for revoking it.</summary>
public sealed record IssuedKeyResponse(Guid Id, Guid ClientId, DateTimeOffset CreatedAt, string ApiKey);
