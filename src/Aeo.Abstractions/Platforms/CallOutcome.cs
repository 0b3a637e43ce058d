namespace Aeo.Abstractions.Platforms;

/// <summary>How a leased call ended.</summary>
public enum CallResult
{
    Succeeded,

    /// <summary>The provider failed (or the attempt timed out); see <see cref="CallOutcome.ErrorClass"/>.</summary>
    Failed,

    /// <summary>The caller gave up (cancelled) or failed before learning anything about the provider.</summary>
    Abandoned,
}

/// <summary>
/// What a leased call reports back to its platform's gate: releases the lease, corrects the token budget with the
/// real usage, and feeds the breaker, the 429 pause and the provider's rate-limit headers.
/// </summary>
/// <param name="ErrorClass">The engine's error class name (e.g. <c>RateLimit</c>) when the call failed.</param>
/// <param name="CountsAgainstHealth">True when the failure says the provider is unhealthy (trips the breaker).</param>
[GenerateSerializer, Immutable, Alias("aeo.call-outcome")]
public sealed record CallOutcome(
    [property: Id(0)] Guid LeaseId,
    [property: Id(1)] CallResult Result,
    [property: Id(2)] int Tokens,
    [property: Id(3)] TimeSpan Latency,
    [property: Id(4)] string? ErrorClass,
    [property: Id(5)] string? Message,
    [property: Id(6)] bool CountsAgainstHealth,
    [property: Id(7)] TimeSpan? RetryAfter,
    [property: Id(8)] ProviderLimits? Limits)
{
    /// <summary>The client whose work made the call (null for the cluster's own calls), so its error is shown to that client only.</summary>
    [Id(9)]
    public Guid? ClientId { get; init; }

    /// <summary>True when the provider answered 429.</summary>
    public bool IsRateLimited => ErrorClass == "RateLimit";
}

/// <summary>A provider's rate-limit headers on one response (reset times relative to when it arrived).</summary>
[GenerateSerializer, Immutable, Alias("aeo.provider-limits")]
public sealed record ProviderLimits(
    [property: Id(0)] int? RequestLimit,
    [property: Id(1)] int? RequestsRemaining,
    [property: Id(2)] TimeSpan? RequestsResetIn,
    [property: Id(3)] int? TokenLimit,
    [property: Id(4)] int? TokensRemaining,
    [property: Id(5)] TimeSpan? TokensResetIn);
