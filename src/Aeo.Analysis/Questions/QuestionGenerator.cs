namespace Aeo.Analysis.Questions;

/// <summary>
/// Generates buyer questions from templates, tags them branded or non-branded, scores them
/// (<see cref="QuestionPriority"/>), removes duplicates and caps the list while keeping categories
/// balanced. Pure and deterministic: the same request always gives the same list in the same order.
/// </summary>
public sealed class QuestionGenerator
{
    public IReadOnlyList<GeneratedQuestion> Generate(QuestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MaxQuestions, nameof(request));

        var fill = QuestionFill.From(request);
        var categories = SelectedCategories(request.Categories);
        var tagger = new BrandTagger(fill);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var custom = (request.CustomQuestions ?? [])
            .Where(text => !string.IsNullOrWhiteSpace(text) && seen.Add(QuestionTextKey.For(text)))
            .Select(text => tagger.Tag(text, QuestionCategories.Custom, _ => QuestionPriority.Custom))
            .Take(request.MaxQuestions)
            .ToList();

        var generated = QuestionTemplates.All
            .Where(template => categories.Contains(template.Category))
            .SelectMany(template => TemplateExpander.Expand(template, fill)
                .Where(text => seen.Add(QuestionTextKey.For(text)))
                .Select(text => tagger.Tag(text, template.Category, tags => QuestionPriority.Score(template, tags.NamesBrands, tags.NamesClient))))
            .OrderByDescending(question => question.Priority) // stable: template order breaks ties
            .ToList();

        var balanced = CategoryBalancer.Take(generated, request.MaxQuestions - custom.Count);
        return [.. custom, .. balanced.OrderByDescending(question => question.Priority)];
    }

    private static HashSet<string> SelectedCategories(IReadOnlyList<string>? requested)
    {
        if (requested is null || requested.Count == 0)
        {
            return [.. QuestionCategories.All];
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in requested)
        {
            var key = category?.Trim().ToLowerInvariant() ?? string.Empty;
            if (!QuestionCategories.IsKnown(key))
            {
                throw new ArgumentException(
                    $"Unknown question category '{category}'. Known: {string.Join(", ", QuestionCategories.All)}.",
                    nameof(requested));
            }

            selected.Add(key);
        }

        return selected;
    }
}
