namespace Aeo.Api.Audits;

public static class AuditMapping
{
    public static AuditRunResponse ToResponse(AuditRunView view)
    {
        var self = $"/api/v1/audits/{view.RunId}";
        return new AuditRunResponse(
            view.RunId,
            view.ClientId,
            view.Status.ToWire(),
            view.Stage.ToWire(),
            view.CurrentOperation,
            new AuditProgress(view.ProgressPercent, view.Processed, view.Failed, view.Processed + view.Failed, view.TotalWorkItems, view.Skipped),
            view.TotalQuestions,
            view.CreatedAt,
            view.StartedAt,
            view.CompletedAt,
            view.EstimatedCompletion,
            view.LastError,
            view.Platforms.Select(p => new AuditPlatformProgress(p.Platform, p.IsSimulated, p.Total, p.Processed, p.Failed, p.ProgressPercent, p.LastError)).ToArray(),
            view.Stats.Select(s => new AuditPlatformStats(
                s.Platform, s.IsSimulated, s.TotalQueries, s.SuccessfulQueries, s.FailedQueries, s.AvgProcessingTimeMs,
                s.TotalTokens, s.ResponsesMentioningBrand, s.BrandMentionRate, s.CostUsd, s.UnknownCostAnswers)).ToArray(),
            new AuditLinks(self, $"{self}/questions", $"{self}/responses", $"{self}/cancel"),
            view.CostUsd,
            view.Stats.Sum(s => s.UnknownCostAnswers),
            view.Budget is { } budget ? new AuditBudget(budget.LimitUsd, budget.SpentUsd, budget.Reached, budget.ReachedAt) : null,
            view.WebSearch,
            ToResponse(view.Sampling));
    }

    public static AuditSampling? ToResponse(RunSampling? sampling) => sampling is null ? null : new AuditSampling(
        SamplingValidator.Adaptive,
        sampling.TargetHalfWidth,
        sampling.MaxSamplesPerQuestion,
        sampling.Rounds,
        sampling.Platforms.Select(p => new AuditPlatformSampling(
            p.Platform, p.Stop?.ToWire(), p.HalfWidth, p.Rounds, p.WorkItems, p.WorkItemsAtMaximum, p.SavedWorkItems, p.SavedCostUsd)).ToArray());

    public static AuditRunSummary ToSummary(AuditRunRecord run) => new(
        run.Id, run.ClientId, run.Status.ToWire(), run.Stage.ToWire(), run.CreatedAt, run.StartedAt, run.CompletedAt, run.TotalQuestions,
        run.TotalWorkItems, run.ProcessedWorkItems, run.FailedWorkItems, run.ErrorLog);

    public static QuestionResponse ToResponse(QuestionRecord q) =>
        new(q.Id, q.Ordinal, q.Text, q.Category, q.Type, q.Priority, q.PriorityExplanation, q.TargetBrand, q.Provider);

    public static ResponseResponse ToResponse(StoredResponse r) => new(
        r.Id, r.QuestionId, r.Ordinal, r.Platform, r.IsSimulated, r.Sample, r.Model, r.Text, r.Mentions, r.Citations, r.InputTokens,
        r.OutputTokens, r.ProcessingTimeMs, r.CreatedAt, r.CostUsd, r.CostSource, r.StartedAt);
}
