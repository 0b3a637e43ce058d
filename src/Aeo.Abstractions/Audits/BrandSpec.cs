namespace Aeo.Abstractions.Audits;

/// <summary>A tracked brand: the client's own or a competitor's.</summary>
[GenerateSerializer, Immutable, Alias("aeo.brand")]
public sealed record BrandSpec(
    [property: Id(0)] string Name,
    [property: Id(1)] string[] Aliases,
    [property: Id(2)] string[] Domains);
