namespace Aeo.Abstractions.Audits;

/// <summary>
/// What an audit asks for, without the client it is for: the fields of an audit request, already cleaned. A run's
/// <see cref="AuditSpec"/> is this plus the client's brand and competitors as they are when the run starts.
/// </summary>
/// <param name="Platforms">Null: every platform configured when the run starts.</param>
/// <param name="MaxQuestions">Null: the configured default.</param>
/// <param name="SamplesPerQuestion">Null: one.</param>
[GenerateSerializer, Immutable, Alias("aeo.audit-template")]
public sealed record AuditTemplate(
    [property: Id(0)] string[]? Platforms,
    [property: Id(1)] string[] Categories,
    [property: Id(2)] int? MaxQuestions,
    [property: Id(3)] int? SamplesPerQuestion,
    [property: Id(4)] string[] CustomQuestions,
    [property: Id(5)] string[] UseCases,
    [property: Id(6)] string[] Personas,
    [property: Id(7)] string? Locale,
    [property: Id(8)] CategorySpec[] CustomCategories)
{
    /// <summary>The run's budget in US dollars; null: no limit.</summary>
    [Id(9)]
    public decimal? MaxCostUsd { get; init; }

    /// <summary>Ask for web-grounded answers where a platform offers them.</summary>
    [Id(10)]
    public bool WebSearch { get; init; }

    /// <summary>Adaptive sampling; null: the fixed <see cref="SamplesPerQuestion"/>.</summary>
    [Id(11)]
    public AdaptiveSamplingSpec? Sampling { get; init; }
}
