namespace Aeo.Grains.Audits;

/// <summary>
/// Where a run is in its life, read from its status and stage: what <see cref="RunLifecycle"/> decides each
/// transition on.
/// </summary>
internal enum RunPhase
{
    /// <summary>Nothing is stored for the run yet.</summary>
    New,

    /// <summary>Accepted, waiting (status pending) for one of its client's run slots.</summary>
    Queued,

    /// <summary>
    /// Holds its slot and has not got its questions yet: stage initializing, or a stage no run that has not ended
    /// should have, which resumes the same way.
    /// </summary>
    Starting,

    GeneratingQuestions,

    /// <summary>Asking its questions (stage processing_questions).</summary>
    Processing,

    /// <summary>Checking the tables and computing its figures.</summary>
    Finalizing,

    /// <summary>Completed, partially completed, failed or cancelled: the status is terminal.</summary>
    Ended,
}
