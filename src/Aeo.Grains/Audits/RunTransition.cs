namespace Aeo.Grains.Audits;

/// <summary>Every way a run's status, stage, operation or timestamps change; each is one method of <see cref="RunLifecycle"/>.</summary>
public enum RunTransition
{
    /// <summary>A new run holding its slot (or needing none) is stored, about to start.</summary>
    Accept,

    /// <summary>A new run is stored waiting in its client's queue.</summary>
    Queue,

    /// <summary>A queued run learns its new place in line.</summary>
    WaitInQueue,

    /// <summary>A queued run is given its slot and starts.</summary>
    Begin,

    GenerateQuestions,

    /// <summary>The run has its questions and what the tables hold, and asks the rest (also where a resumed run restarts).</summary>
    StartProcessing,

    /// <summary>The run's known cost reached its budget: no new question is handed out.</summary>
    StopAtBudget,

    BeginFinalizing,

    /// <summary>Finalizing failed; the run goes back to processing and supervision tries again.</summary>
    ReturnToProcessing,

    /// <summary>Finalizing ends the run completed, partially completed or failed, with its figures.</summary>
    Complete,

    Cancel,

    Fail,

    /// <summary>Recovery takes a failed or partially completed run back to processing, counting one retry.</summary>
    ReopenForRetry,

    /// <summary>Recovery counts one retry of an active run that made no progress and resumes it from the tables.</summary>
    ResumeFromTables,

    /// <summary>An ended run goes back to processing (or to its client's queue) to ask chosen dead letters again.</summary>
    ReopenForReprocess,
}
