namespace Aeo.Platforms;

/// <summary>
/// What a provider's rate-limit headers said about the account's budget at the moment of a response
/// (<c>x-ratelimit-*</c>, <c>anthropic-ratelimit-*</c>). Every field is optional: providers send different subsets.
/// Reset times are relative to when the response arrived.
/// </summary>
public sealed record RateLimitSnapshot(
    int? RequestLimit,
    int? RequestsRemaining,
    TimeSpan? RequestsResetIn,
    int? TokenLimit,
    int? TokensRemaining,
    TimeSpan? TokensResetIn)
{
    public bool IsEmpty => RequestLimit is null && RequestsRemaining is null && RequestsResetIn is null
                           && TokenLimit is null && TokensRemaining is null && TokensResetIn is null;
}
