using Aeo.Analysis.Questions;

namespace Aeo.Grains.Analysis;

/// <summary>
/// Plans a run's questions from its snapshot: templates (with personas, locale and the client's categories), the
/// client's own questions, and, when <see cref="AnalysisOptions.QuestionGeneratorPlatform"/> is set, questions a
/// language model proposes (validated and merged; if the model fails the run goes on with the templates).
/// </summary>
public sealed class QuestionPlanner(
    QuestionGenerator generator,
    IAnswerEngineRegistry engines,
    PlatformCalls calls,
    IOptions<AnalysisOptions> options,
    AeoMetrics metrics,
    TimeProvider time,
    ILogger<QuestionPlanner> logger)
{
    public static QuestionRequest RequestFor(AuditSpec spec) => new(
        spec.Brand.Name,
        spec.Competitors.Select(c => c.Name).ToArray(),
        spec.Industry,
        spec.Categories,
        spec.MaxQuestions,
        spec.CustomQuestions,
        spec.UseCases,
        spec.Personas ?? [],
        spec.Locale,
        IncludeMarket: spec.Locale is not null,
        (spec.CustomCategories ?? []).Select(c => new CustomCategory(c.Name, c.Templates)).ToArray());

    public async Task<IReadOnlyList<QuestionRecord>> PlanAsync(Guid runId, AuditSpec spec, CancellationToken ct)
    {
        var platform = options.Value.QuestionGeneratorPlatform;
        var completion = !string.IsNullOrWhiteSpace(platform) && engines.TryGet(platform, out var engine)
            ? new PlatformTextCompletion(engine, calls)
            : null;
        var started = time.GetTimestamp();
        var set = await generator.GenerateAsync(RequestFor(spec), completion, ct);
        metrics.QuestionsGenerated(completion is not null, time.GetElapsedTime(started));
        if (set.Llm is { } llm)
        {
            logger.LogInformation(
                "Run {Run}: {Source} proposed {Proposed} questions, {Accepted} accepted{Failure}",
                runId, llm.Source, llm.Proposed, llm.Accepted, llm.FailureReason is null ? "" : $" ({llm.FailureReason})");
        }
        return set.Questions
            .Select((q, ordinal) => new QuestionRecord(
                Guid.CreateVersion7(), ordinal, q.Text, q.Category, q.Type, q.Priority, q.TargetBrand, q.Source, q.Breakdown.Explain()))
            .ToList();
    }
}
