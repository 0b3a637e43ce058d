namespace Aeo.Abstractions.Audits;

/// <summary>A question category the client adds: its name and question templates (same slots as the built-in ones).</summary>
[GenerateSerializer, Immutable, Alias("aeo.category")]
public sealed record CategorySpec(
    [property: Id(0)] string Name,
    [property: Id(1)] string[] Templates);
