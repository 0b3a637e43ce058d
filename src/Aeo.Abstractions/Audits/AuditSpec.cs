namespace Aeo.Abstractions.Audits;

/// <summary>The configuration snapshot one audit run executes; stored with the run.</summary>
[GenerateSerializer, Immutable, Alias("aeo.audit-spec")]
public sealed record AuditSpec(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] BrandSpec Brand,
    [property: Id(2)] BrandSpec[] Competitors,
    [property: Id(3)] string Industry,
    [property: Id(4)] string[] Categories,
    [property: Id(5)] string[] Platforms,
    [property: Id(6)] int MaxQuestions,
    [property: Id(7)] int SamplesPerQuestion,
    [property: Id(8)] string[] CustomQuestions,
    [property: Id(9)] string[] UseCases)
{
    /// <summary>Who is asking ("a 10-person agency"); personas shape persona-aware questions.</summary>
    [Id(10)]
    public string[] Personas { get; init; } = [];

    /// <summary>BCP 47 locale the questions are phrased for (spelling, currency, market); null = en-US.</summary>
    [Id(11)]
    public string? Locale { get; init; }

    /// <summary>Categories the client adds beside the built-in ones.</summary>
    [Id(12)]
    public CategorySpec[] CustomCategories { get; init; } = [];

    /// <summary>The most the run may spend, in US dollars; once its answers' known costs reach it, no new question is
    /// handed out. Null: no limit.</summary>
    [Id(13)]
    public decimal? MaxCostUsd { get; init; }

    /// <summary>Ask for web-grounded answers (the provider's search tool) where a platform offers one.</summary>
    [Id(14)]
    public bool WebSearch { get; init; }

    /// <summary>Adaptive sampling; null: every question is asked <see cref="SamplesPerQuestion"/> times. With it,
    /// <see cref="SamplesPerQuestion"/> is 1 (the first pass) and further samples are the sampling's to decide.</summary>
    [Id(15)]
    public AdaptiveSamplingSpec? Sampling { get; init; }

    /// <summary>The client's brand, then its competitors. Derived, so never serialized: grain storage's JSON would
    /// otherwise store the LINQ iterator's type name and fail to read the run's state back.</summary>
    [System.Runtime.Serialization.IgnoreDataMember]
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<BrandSpec> TrackedBrands => Competitors.Prepend(Brand);
}
