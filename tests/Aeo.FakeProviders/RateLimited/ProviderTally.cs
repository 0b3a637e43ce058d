namespace Aeo.FakeProviders.RateLimited;

/// <summary>What a <see cref="RateLimitedChatProvider"/> received and answered, for the benchmark's table.</summary>
public sealed record ProviderTally(
    int Received,
    int Answered,
    int RateLimited,
    int BurstRefused,
    int ServerErrors,
    int MaxInAnyMinute,
    DateTimeOffset? FirstRateLimitAt,
    int RateLimitedAfterFirstPause);
