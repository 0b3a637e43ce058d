using Aeo.Analysis.Llm;

namespace Aeo.Analysis.Questions;

/// <summary>
/// Generates buyer questions from templates (built-in categories and the client's custom ones), tags them
/// branded or non-branded, scores them (<see cref="PriorityBreakdown"/>), removes duplicates on normalised text
/// and caps the list:
/// <list type="number">
/// <item>Custom questions come first, verbatim, priority 1.0, never limited per category; only the total cap
/// (<see cref="QuestionRequest.MaxQuestions"/>) can drop them, from the end.</item>
/// <item>The rest of the cap goes to generated questions: when it allows, every selected category gets at least
/// <see cref="QuestionRequest.MinPerCategory"/> (or all it has, if fewer), no category gets more than
/// <see cref="QuestionRequest.MaxPerCategory"/>, and the remainder is filled by priority.</item>
/// <item>When the cap is below categories × minimum, the cap is shared round-robin across categories (one each
/// per round, best category first), so a small cap still spans categories.</item>
/// </list>
/// Output: custom questions, then the generated ones best first. Pure and deterministic: the same request always
/// gives the same list in the same order. Stateless, so one instance can be shared.
/// </summary>
public sealed class QuestionGenerator
{
    /// <summary>Questions from templates only.</summary>
    /// <exception cref="ArgumentException">Missing brand or industry, unknown category or locale, or an invalid custom category.</exception>
    public IReadOnlyList<GeneratedQuestion> Generate(QuestionRequest request)
    {
        var pipeline = new QuestionPipeline(request);
        var custom = pipeline.CustomQuestions();
        return pipeline.Finish(custom, pipeline.TemplateQuestions());
    }

    /// <summary>
    /// Questions from templates plus, when <paramref name="completion"/> is given, those a model proposes
    /// (<see cref="LlmQuestionGenerator"/>); a failing model leaves the template questions and says why.
    /// </summary>
    public Task<QuestionSet> GenerateAsync(QuestionRequest request, ITextCompletion? completion, CancellationToken cancellationToken) =>
        completion is null
            ? Task.FromResult(new QuestionSet(Generate(request), null))
            : new LlmQuestionGenerator(completion).GenerateAsync(request, cancellationToken);
}
