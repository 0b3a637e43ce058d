namespace Aeo.Grains.Maintenance;

/// <summary>
/// Which dead letters a retry may fix: the provider was slow, away or rationing (timeout, unavailable and
/// rate-limit errors, and the platform's open circuit breaker, which only says the provider was away). Authentication, configuration, bad requests, spend caps and unknown failures need a person.
/// </summary>
public static class RecoverableErrors
{
    /// <summary>The <c>dead_letters.error_class</c> values a retry may fix.</summary>
    public static IReadOnlySet<string> Classes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(EngineErrorClass.Timeout),
        nameof(EngineErrorClass.Unavailable),
        nameof(EngineErrorClass.RateLimit),
        nameof(EngineErrorClass.CircuitOpen),
    };

    public static bool IsRecoverable(string errorClass) => Classes.Contains(errorClass);
}
