using Aeo.Analysis.Llm;

namespace Aeo.Analysis.Questions;

/// <summary>
/// Asks a configured platform for buyer questions and merges the valid ones into the template questions.
/// The reply is parsed by <see cref="LlmReplyParser"/> and each proposal is validated:
/// <list type="bullet">
/// <item>10 to 300 characters, no unfilled {slot};</item>
/// <item>a question: ends with '?', or starts with an interrogative word (then a '?' is added);</item>
/// <item>its category is a selected one; an unknown or missing category is classified by keywords
/// (<see cref="QuestionClassifier"/>), and a question whose category was not requested is dropped;</item>
/// <item>not a duplicate (normalised text) of a custom question, a template question or an earlier proposal.</item>
/// </list>
/// Accepted questions get source "llm", are tagged and scored exactly like template questions and compete for
/// the same caps. If the call throws (other than cancellation of <c>cancellationToken</c>) or nothing usable
/// comes back, the result is the template questions alone and <see cref="LlmQuestionReport.FailureReason"/> says why.
/// Immutable; safe to share if the completion is.
/// </summary>
public sealed class LlmQuestionGenerator
{
    /// <summary>Shortest accepted question, in characters.</summary>
    public const int MinLength = 10;

    /// <summary>Longest accepted question, in characters.</summary>
    public const int MaxLength = 300;

    private static readonly string[] InterrogativeWords =
    [
        "what", "which", "who", "whom", "whose", "where", "when", "why", "how", "is", "are", "was", "were",
        "do", "does", "did", "can", "could", "should", "would", "will", "has", "have", "may", "might", "shall",
    ];

    private readonly ITextCompletion completion;
    private readonly int questionCount;

    /// <param name="completion">The platform to ask.</param>
    /// <param name="questionCount">How many questions to ask for (1 to 100).</param>
    public LlmQuestionGenerator(ITextCompletion completion, int questionCount = 20)
    {
        ArgumentNullException.ThrowIfNull(completion);
        ArgumentOutOfRangeException.ThrowIfLessThan(questionCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(questionCount, 100);
        this.completion = completion;
        this.questionCount = questionCount;
    }

    /// <summary>Template questions plus the model's valid proposals, under the request's caps.</summary>
    /// <exception cref="ArgumentException">The request is invalid (as for <see cref="QuestionGenerator.Generate"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<QuestionSet> GenerateAsync(QuestionRequest request, CancellationToken cancellationToken)
    {
        var pipeline = new QuestionPipeline(request);
        var custom = pipeline.CustomQuestions();
        var templates = pipeline.TemplateQuestions();

        string reply;
        try
        {
            reply = await completion.CompleteAsync(LlmQuestionPrompt.For(pipeline.Fill, pipeline.Plan, questionCount), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return TemplatesOnly(pipeline, custom, templates, $"{completion.Source} failed: {exception.GetType().Name}: {exception.Message}", 0, []);
        }

        var proposals = LlmReplyParser.Parse(reply ?? string.Empty);
        if (proposals.Count == 0)
        {
            return TemplatesOnly(pipeline, custom, templates, "the reply held no questions (neither a JSON array nor a list)", 0, []);
        }

        var accepted = new List<GeneratedQuestion>();
        var rejected = new List<RejectedQuestion>();
        foreach (var proposal in proposals)
        {
            var (question, reason) = Validate(pipeline, proposal);
            if (question is null)
            {
                rejected.Add(new RejectedQuestion(proposal.Text, reason!));
            }
            else
            {
                accepted.Add(question);
            }
        }

        if (accepted.Count == 0)
        {
            return TemplatesOnly(pipeline, custom, templates, $"none of the {proposals.Count} proposed questions was usable", proposals.Count, rejected);
        }

        var report = new LlmQuestionReport(completion.Source, proposals.Count, accepted.Count, rejected, null);
        return new QuestionSet(pipeline.Finish(custom, [.. templates, .. accepted]), report);
    }

    private QuestionSet TemplatesOnly(
        QuestionPipeline pipeline, List<GeneratedQuestion> custom, List<GeneratedQuestion> templates,
        string reason, int proposed, List<RejectedQuestion> rejected) =>
        new(pipeline.Finish(custom, templates), new LlmQuestionReport(completion.Source, proposed, 0, rejected, reason));

    private static (GeneratedQuestion? Question, string? Reason) Validate(QuestionPipeline pipeline, ProposedQuestion proposal)
    {
        var text = proposal.Text.Trim().Trim('"', '“', '”').Trim();
        if (text.Length < MinLength)
        {
            return (null, $"shorter than {MinLength} characters");
        }

        if (text.Length > MaxLength)
        {
            return (null, $"longer than {MaxLength} characters");
        }

        if (text.Contains('{') || text.Contains('}'))
        {
            return (null, "has an unfilled {slot}");
        }

        if (!text.EndsWith('?'))
        {
            if (!StartsInterrogative(text))
            {
                return (null, "not a question");
            }

            text = text.TrimEnd('.', '!', ' ') + "?";
        }

        var category = CategoryOf(pipeline, text, proposal.Category);
        if (!pipeline.Plan.Contains(category))
        {
            return (null, $"category '{category}' was not requested");
        }

        if (pipeline.TakenBy(text) is { } takenBy)
        {
            return (null, takenBy == QuestionSources.Llm ? "duplicates another proposed question" : $"duplicates a {takenBy} question");
        }

        pipeline.TryTake(text, QuestionSources.Llm);
        return (pipeline.Scored(text, category, QuestionSources.Llm), null);
    }

    private static string CategoryOf(QuestionPipeline pipeline, string text, string? proposed)
    {
        var named = proposed?.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return named is not null && (QuestionCategories.IsKnown(named) || pipeline.Plan.Contains(named))
            ? named
            : QuestionClassifier.Classify(text, pipeline.Fill.UseCases, pipeline.Fill.Personas);
    }

    private static bool StartsInterrogative(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return InterrogativeWords.Contains(text[..end].ToLowerInvariant());
    }
}
