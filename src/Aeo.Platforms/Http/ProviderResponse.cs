namespace Aeo.Platforms.Http;

/// <summary>A provider's successful (2xx) answer: the parsed body, the raw text, its rate-limit headers and the call's latency.</summary>
public sealed record ProviderResponse(JsonElement Body, string Raw, RateLimitSnapshot? RateLimits, TimeSpan Latency);
