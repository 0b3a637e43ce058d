namespace Aeo.Platforms;

public sealed record EngineAnswer(
    string Text,
    string Model,
    int InputTokens,
    int OutputTokens,
    TimeSpan Latency,
    string RawJson,
    bool IsSimulated)
{
    /// <summary>The sources the engine reported, in its order; empty when it reports none.</summary>
    public IReadOnlyList<EngineCitation> Citations { get; init; } = [];

    /// <summary>What the call cost in US dollars: the provider's own figure when it reports one, else the price table's; null when neither knows.</summary>
    public decimal? CostUsd { get; init; }

    /// <summary>Where <see cref="CostUsd"/> came from.</summary>
    public CostSource CostSource { get; init; } = CostSource.Unknown;

    /// <summary>The provider's rate-limit headers on this response, when it sent any.</summary>
    public RateLimitSnapshot? RateLimits { get; init; }
}

public enum CostSource
{
    Unknown,
    PriceTable,
    Provider,
}
