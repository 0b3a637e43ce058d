namespace Aeo.Grains.Clients;

/// <summary>A client's run gate as stored: who holds a slot and who waits, each in the order they asked.</summary>
[GenerateSerializer, Alias("aeo.client-run-gate-state")]
public sealed class ClientRunGateState
{
    [Id(0)] public List<GateEntry> Active { get; set; } = [];
    [Id(1)] public List<GateEntry> Queued { get; set; } = [];
}

/// <summary>A run in the gate, and since when it holds its slot or waits.</summary>
[GenerateSerializer, Alias("aeo.gate-entry")]
public sealed record GateEntry([property: Id(0)] Guid RunId, [property: Id(1)] DateTimeOffset Since);
