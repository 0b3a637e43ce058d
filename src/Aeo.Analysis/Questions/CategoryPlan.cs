namespace Aeo.Analysis.Questions;

/// <summary>
/// The categories one request generates, in tie-break order (built-in order, then custom categories as
/// given), with each category's weight and templates. Validates custom categories and the selection.
/// </summary>
internal sealed partial class CategoryPlan
{
    private readonly Dictionary<string, double> weights;

    private CategoryPlan(IReadOnlyList<string> order, Dictionary<string, double> weights, IReadOnlyList<QuestionTemplate> templates)
    {
        Order = order;
        this.weights = weights;
        Templates = templates;
    }

    /// <summary>The selected categories; the position is the tie-break between equally good categories.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>The templates of the selected categories, built-in first, each in its declared order.</summary>
    public IReadOnlyList<QuestionTemplate> Templates { get; }

    public bool Contains(string category) => weights.ContainsKey(category);

    public double WeightOf(string category) => weights[category];

    public static CategoryPlan For(QuestionRequest request)
    {
        var custom = (request.CustomCategories ?? []).Select(Validated).ToList();
        var duplicate = custom.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Custom category '{duplicate.Key}' is defined more than once.", nameof(request.CustomCategories));
        }

        var builtIn = SelectedBuiltIn(request.Categories, custom);
        var weights = builtIn.ToDictionary(c => c, QuestionPriority.WeightOf, StringComparer.Ordinal);
        foreach (var category in custom)
        {
            weights.Add(category.Name, category.Weight);
        }

        var templates = QuestionTemplates.All
            .Where(t => weights.ContainsKey(t.Category))
            .Concat(custom.SelectMany(c => c.Templates.Select(pattern => new QuestionTemplate(c.Name, pattern.Trim()))))
            .ToList();
        return new CategoryPlan([.. builtIn, .. custom.Select(c => c.Name)], weights, templates);
    }

    private static List<string> SelectedBuiltIn(IReadOnlyList<string>? requested, List<CustomCategory> custom)
    {
        if (requested is null || requested.Count == 0)
        {
            return [.. QuestionCategories.All];
        }

        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in requested)
        {
            var key = category?.Trim().ToLowerInvariant() ?? string.Empty;
            if (QuestionCategories.IsKnown(key))
            {
                selected.Add(key);
            }
            else if (!custom.Any(c => c.Name == key))
            {
                throw new ArgumentException(
                    $"Unknown question category '{category}'. Known: {string.Join(", ", QuestionCategories.All.Concat(custom.Select(c => c.Name)))}.",
                    nameof(requested));
            }
        }

        return [.. QuestionCategories.All.Where(selected.Contains)];
    }

    private static CustomCategory Validated(CustomCategory? category, int index)
    {
        if (category is null)
        {
            throw new ArgumentException($"Custom category #{index + 1} is null.", nameof(QuestionRequest.CustomCategories));
        }

        var name = category.Name ?? string.Empty;
        if (!Slug().IsMatch(name))
        {
            throw new ArgumentException(
                $"Custom category name '{name}' is not a slug: use 1-40 lowercase letters, digits or '_', starting with a letter.",
                nameof(QuestionRequest.CustomCategories));
        }

        if (QuestionCategories.IsKnown(name) || name == QuestionCategories.Custom)
        {
            throw new ArgumentException(
                $"Custom category name '{name}' is reserved by a built-in category.", nameof(QuestionRequest.CustomCategories));
        }

        if (!double.IsFinite(category.Weight) || category.Weight is < 0 or > 1)
        {
            throw new ArgumentException(
                $"Custom category '{name}' has weight {category.Weight}; it must be between 0 and 1.", nameof(QuestionRequest.CustomCategories));
        }

        if (category.Templates is null || category.Templates.Count == 0)
        {
            throw new ArgumentException($"Custom category '{name}' has no templates.", nameof(QuestionRequest.CustomCategories));
        }

        for (var i = 0; i < category.Templates.Count; i++)
        {
            var template = category.Templates[i];
            if (string.IsNullOrWhiteSpace(template))
            {
                throw new ArgumentException(
                    $"Custom category '{name}' template #{i + 1} is empty.", nameof(QuestionRequest.CustomCategories));
            }

            var unknown = QuestionSlots.UnknownIn(template).FirstOrDefault();
            if (unknown is not null)
            {
                throw new ArgumentException(
                    $"Custom category '{name}' template #{i + 1} \"{template}\" uses unknown slot '{unknown}'. Known slots: {string.Join(", ", QuestionSlots.All)}.",
                    nameof(QuestionRequest.CustomCategories));
            }
        }

        return category;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
