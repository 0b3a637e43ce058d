namespace Aeo.Api.Contracts;

public sealed record PlatformBudget(int RequestsPerMinute, int GrantedLastMinute, DateTimeOffset? NextFreeSlot);

public sealed record PlatformResponse(
    string Name, string Kind, bool Simulated, string? Model, int RequestsPerMinute, int MaxConcurrency, PlatformBudget Budget);
