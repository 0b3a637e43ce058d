namespace Aeo.Grains.Audits;

/// <summary>A transition a run refused because of where it is: nothing about the run was changed.</summary>
[GenerateSerializer, Alias("aeo.invalid-run-transition")]
public sealed class InvalidRunTransitionException(Guid runId, RunStatus status, RunStage stage, RunTransition transition, string reason)
    : InvalidOperationException($"Run {runId} ({status.ToWire()}/{stage.ToWire()}) cannot {transition}: {reason}")
{
    [Id(0)] public Guid RunId { get; private set; } = runId;

    [Id(1)] public RunStatus Status { get; private set; } = status;

    [Id(2)] public RunStage Stage { get; private set; } = stage;

    [Id(3)] public RunTransition Transition { get; private set; } = transition;

    [Id(4)] public string Reason { get; private set; } = reason;
}
