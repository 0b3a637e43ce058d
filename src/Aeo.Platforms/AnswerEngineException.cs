namespace Aeo.Platforms;

/// <summary>A failed call to an answer engine, classified so callers can decide whether to retry.</summary>
/// <remarks>The message never contains an API key: adapters build it from the status and the provider's error text.</remarks>
public sealed class AnswerEngineException(EngineErrorClass errorClass, string message, TimeSpan? retryAfter = null, Exception? inner = null) : Exception(message, inner)
{
    public EngineErrorClass ErrorClass { get; } = errorClass;

    /// <summary>How long the provider asked us to wait, when it said so.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The HTTP status the provider answered with, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary>What the provider's rate-limit headers said on the failed response, when it sent any.</summary>
    public RateLimitSnapshot? RateLimits { get; init; }

    /// <summary>True when the same call may succeed if tried again later.</summary>
    public bool IsTransient =>
        ErrorClass is EngineErrorClass.RateLimit or EngineErrorClass.Timeout or EngineErrorClass.Unavailable
            or EngineErrorClass.InvalidResponse or EngineErrorClass.CircuitOpen;

    /// <summary>True when the failure says the provider is unhealthy (counts toward the breaker); a 429 paces instead.</summary>
    public bool CountsAgainstHealth => ErrorClass is EngineErrorClass.Timeout or EngineErrorClass.Unavailable or EngineErrorClass.InvalidResponse or EngineErrorClass.Unknown;
}
