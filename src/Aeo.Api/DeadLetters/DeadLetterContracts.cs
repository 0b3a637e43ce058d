namespace Aeo.Api.DeadLetters;

/// <summary>A work item that failed for good: which run, question, platform and sample, and why.</summary>
public sealed record DeadLetterResponse(
    Guid Id, Guid RunId, Guid QuestionId, string Question, string Platform, int Sample, string ErrorClass, string Message,
    int Attempts, DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt);

/// <summary>
/// <c>POST /api/v1/dead-letters/reprocess</c>: either <c>ids</c> (1–1000 dead letters) or <c>runId</c> (every dead letter
/// of that run).
/// </summary>
public sealed record ReprocessRequest(List<Guid?>? Ids, Guid? RunId);

/// <summary>What one run did: <c>reprocessing</c> or <c>queued</c> (its letters deleted), or why nothing changed.</summary>
public sealed record ReprocessedRunResponse(Guid RunId, ReprocessAction Action, string Reason, int DeadLettersDeleted, string Location);

public sealed record ReprocessResponse(IReadOnlyList<ReprocessedRunResponse> Runs);
