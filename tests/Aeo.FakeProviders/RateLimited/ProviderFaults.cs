namespace Aeo.FakeProviders.RateLimited;

/// <summary>
/// Trouble a <see cref="RateLimitedChatProvider"/> makes on purpose: a share of requests answered 5xx, and a burst
/// during which every request is refused 429 (as a provider does when its own capacity dips), with its retry-after.
/// </summary>
/// <param name="ServerErrorRate">Share of accepted requests answered 500 or 503 (0–1).</param>
/// <param name="BurstAfterRequest">The burst starts when this many requests have been received; null = no burst.</param>
/// <param name="BurstLength">How long the burst refuses everything.</param>
public sealed record ProviderFaults(double ServerErrorRate, int? BurstAfterRequest, TimeSpan BurstLength)
{
    public static ProviderFaults None { get; } = new(0, null, TimeSpan.Zero);
}
