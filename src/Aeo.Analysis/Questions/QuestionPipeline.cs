namespace Aeo.Analysis.Questions;

/// <summary>
/// One request's generation state: the cleaned inputs, the category plan, brand tagging and scoring, and the
/// normalised texts already taken (so every later question is checked against the earlier ones).
/// </summary>
internal sealed class QuestionPipeline
{
    private readonly BrandTagger tagger;
    private readonly QuestionPriority priority;
    private readonly Dictionary<string, string> takenBy = new(StringComparer.Ordinal);

    public QuestionPipeline(QuestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MaxQuestions, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.MinPerCategory, nameof(request));
        if (request.MaxPerCategory < Math.Max(1, request.MinPerCategory))
        {
            throw new ArgumentOutOfRangeException(
                nameof(request), request.MaxPerCategory, "MaxPerCategory must be at least 1 and at least MinPerCategory.");
        }

        Request = request;
        Fill = QuestionFill.From(request);
        Plan = CategoryPlan.For(request);
        tagger = new BrandTagger(Fill.Brand, Fill.Competitors);
        priority = new QuestionPriority(Fill, Plan);
    }

    public QuestionRequest Request { get; }

    public QuestionFill Fill { get; }

    public CategoryPlan Plan { get; }

    /// <summary>The custom questions, verbatim, duplicates removed, at most <see cref="QuestionRequest.MaxQuestions"/>.</summary>
    public List<GeneratedQuestion> CustomQuestions()
    {
        var kept = new List<GeneratedQuestion>();
        foreach (var text in Request.CustomQuestions ?? [])
        {
            if (kept.Count == Request.MaxQuestions)
            {
                break;
            }

            if (!string.IsNullOrWhiteSpace(text) && TryTake(text, QuestionSources.Custom))
            {
                var tags = tagger.Tag(text);
                kept.Add(new GeneratedQuestion(
                    text, QuestionCategories.Custom, tags.Type, tags.FirstBrand, QuestionPriority.Custom(tags), QuestionSources.Custom));
            }
        }

        return kept;
    }

    /// <summary>Every new question the plan's templates make, in template order.</summary>
    public List<GeneratedQuestion> TemplateQuestions() =>
        [.. Plan.Templates.SelectMany(template => TemplateExpander.Expand(template, Fill)
            .Where(text => TryTake(text, QuestionSources.Template))
            .Select(text => Scored(text, template.Category, QuestionSources.Template)))];

    /// <summary>Which source already took a question with the same normalised text, or null.</summary>
    public string? TakenBy(string text) => takenBy.GetValueOrDefault(QuestionTextKey.For(text));

    /// <summary>Records the text as taken by <paramref name="source"/>; false if an earlier question has the same normalised text.</summary>
    public bool TryTake(string text, string source) => takenBy.TryAdd(QuestionTextKey.For(text), source);

    public GeneratedQuestion Scored(string text, string category, string source)
    {
        var tags = tagger.Tag(text);
        return new GeneratedQuestion(text, category, tags.Type, tags.FirstBrand, priority.Score(text, category, tags), source);
    }

    /// <summary>Custom questions first, then the selected candidates best first (stable, so earlier candidates win ties).</summary>
    public List<GeneratedQuestion> Finish(List<GeneratedQuestion> custom, IEnumerable<GeneratedQuestion> candidates)
    {
        var byPriority = candidates.OrderByDescending(q => q.Priority).ToList();
        var selected = QuestionSelector.Select(
            byPriority, Request.MaxQuestions - custom.Count, Request.MinPerCategory, Request.MaxPerCategory, Plan.Order);
        return [.. custom, .. selected];
    }
}
