namespace Aeo.Abstractions.Audits;

[GenerateSerializer, Alias("aeo.run-status")]
public enum RunStatus
{
    Pending,
    Running,
    Completed,
    PartiallyCompleted,
    Failed,
    Cancelled,
}

[GenerateSerializer, Alias("aeo.run-stage")]
public enum RunStage
{
    Initializing,
    GeneratingQuestions,
    ProcessingQuestions,
    Finalizing,
    Completed,
    Failed,
    Cancelled,

    /// <summary>Accepted but waiting (status pending) for one of its client's run slots; see <c>Aeo:Audit:MaxConcurrentRunsPerClient</c>.</summary>
    Queued,
}

public static class RunStatusNames
{
    public static string ToWire(this RunStatus status) => status switch
    {
        RunStatus.Pending => "pending",
        RunStatus.Running => "running",
        RunStatus.Completed => "completed",
        RunStatus.PartiallyCompleted => "partially_completed",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToWire(this RunStage stage) => stage switch
    {
        RunStage.Initializing => "initializing",
        RunStage.GeneratingQuestions => "generating_questions",
        RunStage.ProcessingQuestions => "processing_questions",
        RunStage.Finalizing => "finalizing",
        RunStage.Completed => "completed",
        RunStage.Failed => "failed",
        RunStage.Cancelled => "cancelled",
        RunStage.Queued => "queued",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    public static bool TryParseStatus(string value, out RunStatus status)
    {
        foreach (var candidate in Enum.GetValues<RunStatus>())
        {
            if (candidate.ToWire() == value)
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static bool IsTerminal(this RunStatus status) =>
        status is RunStatus.Completed or RunStatus.PartiallyCompleted or RunStatus.Failed or RunStatus.Cancelled;
}
