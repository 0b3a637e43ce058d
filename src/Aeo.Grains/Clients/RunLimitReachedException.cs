namespace Aeo.Grains.Clients;

/// <summary>A run refused because its client already has as many runs active as allowed and the policy is reject.</summary>
[GenerateSerializer, Alias("aeo.run-limit-reached")]
public sealed class RunLimitReachedException : Exception
{
    public RunLimitReachedException(int activeRuns, int limit)
        : base($"The client already has {activeRuns} audit run(s) active, the most it may run at once " +
               $"(Aeo:Audit:MaxConcurrentRunsPerClient = {limit}); start it again when one ends.")
    {
        ActiveRuns = activeRuns;
        Limit = limit;
    }

    [Id(0)] public int ActiveRuns { get; private set; }

    [Id(1)] public int Limit { get; private set; }
}
