namespace Aeo.Abstractions.Clients;

/// <summary>What a client's run gate said to a run asking for a slot.</summary>
[GenerateSerializer, Alias("aeo.gate-decision")]
public sealed record GateDecision(
    [property: Id(0)] GateVerdict Verdict,
    [property: Id(1)] int ActiveRuns,
    [property: Id(2)] int Limit,
    [property: Id(3)] int QueuePosition);

[GenerateSerializer, Alias("aeo.gate-verdict")]
public enum GateVerdict
{
    /// <summary>The run holds a slot and starts now.</summary>
    Admitted,

    /// <summary>The run waits in the queue; the gate calls it when its turn comes.</summary>
    Queued,

    /// <summary>The client is at its cap and the policy is reject.</summary>
    Refused,
}

/// <summary>The gate's holders and queue, oldest first.</summary>
[GenerateSerializer, Alias("aeo.gate-view")]
public sealed record GateView(
    [property: Id(0)] Guid[] ActiveRuns,
    [property: Id(1)] Guid[] QueuedRuns,
    [property: Id(2)] int Limit);
