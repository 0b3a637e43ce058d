namespace Aeo.Abstractions.Audits;

/// <summary>One (question, platform, sample) triple of a run.</summary>
[GenerateSerializer, Immutable, Alias("aeo.work-item")]
public readonly record struct WorkItem(
    [property: Id(0)] int Ordinal,
    [property: Id(1)] string Platform,
    [property: Id(2)] int Sample);

/// <summary>What a question grain tells its run once a work item is settled (stored or dead-lettered).</summary>
[GenerateSerializer, Immutable, Alias("aeo.work-item-outcome")]
public sealed record WorkItemOutcome(
    [property: Id(0)] WorkItem Item,
    [property: Id(1)] bool Succeeded,
    [property: Id(2)] string? Error)
{
    /// <summary>What the answer cost in US dollars; null when failed or nobody knows.</summary>
    [Id(3)]
    public decimal? CostUsd { get; init; }
}

/// <summary>The work a run hands to one question grain: the items of that question still missing.</summary>
[GenerateSerializer, Immutable, Alias("aeo.question-work")]
public sealed record QuestionWork(
    [property: Id(0)] Guid RunId,
    [property: Id(1)] Guid QuestionId,
    [property: Id(2)] int Ordinal,
    [property: Id(3)] string Text,
    [property: Id(4)] WorkItem[] Items,
    [property: Id(5)] BrandSpec[] Brands,
    [property: Id(6)] string ClientBrand)
{
    /// <summary>Ask for web-grounded answers where the platform offers them.</summary>
    [Id(7)]
    public bool WebSearch { get; init; }

    /// <summary>The run's client, so that a failed call is shown among a platform's recent errors to that client only.</summary>
    [Id(8)]
    public Guid? ClientId { get; init; }

    /// <summary>The run's trace context (W3C <c>traceparent</c>), so each work item's span belongs to the run's trace.</summary>
    [Id(9)]
    public string? TraceContext { get; init; }
}
