namespace Aeo.Abstractions.Clients;

/// <summary>A run refused because its client already has as many runs active as allowed and the policy is reject.</summary>
[GenerateSerializer, Alias("aeo.run-limit-reached")]
public sealed class RunLimitReachedException(int activeRuns, int limit)
    : Exception($"The client already has {activeRuns} audit run(s) active, the most it may run at once " +
                $"(Aeo:Audit:MaxConcurrentRunsPerClient = {limit}); start it again when one ends.")
{
    [Id(0)] public int ActiveRuns { get; private set; } = activeRuns;

    [Id(1)] public int Limit { get; private set; } = limit;
}
