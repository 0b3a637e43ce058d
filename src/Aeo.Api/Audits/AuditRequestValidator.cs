namespace Aeo.Api.Audits;

/// <summary>Checks an audit request against the configured platforms and the audit bounds.</summary>
public static class AuditRequestValidator
{
    private const int MaxUseCases = 20;
    private const int MaxPersonas = 20;
    private const int MaxCustomCategories = 20;
    private const int MaxTemplatesPerCategory = 50;
    private const decimal MaxBudgetUsd = 1_000_000m;

    public static ValidationErrors Validate(CreateAuditRequest request, IAnswerEngineRegistry platforms, AuditOptions bounds)
    {
        var errors = new ValidationErrors();
        var configured = platforms.Platforms.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var requested = request.Platforms ?? [];
        if (request.Platforms is { Count: 0 })
        {
            errors.Add("platforms", "Name at least one platform, or leave the field out to use every configured one.");
        }
        for (var i = 0; i < requested.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(requested[i]) || !configured.Contains(requested[i]!))
            {
                errors.Add($"platforms[{i}]", $"Not a configured platform. Configured: {string.Join(", ", configured.Order())}.");
            }
            else if (requested.Take(i).Contains(requested[i]))
            {
                errors.Add($"platforms[{i}]", "Named twice.");
            }
        }

        var customCategories = request.CustomCategories ?? [];
        var customNames = customCategories.Select(c => c?.Name?.Trim().ToLowerInvariant()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var categories = request.Categories ?? [];
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(categories[i])
                || !(QuestionCategories.IsKnown(categories[i]!) || customNames.Contains(categories[i]!.Trim().ToLowerInvariant())))
            {
                errors.Add($"categories[{i}]", $"Not a known category. Known: {string.Join(", ", QuestionCategories.All)}, or one of the request's customCategories.");
            }
        }
        ValidateCustomCategories(errors, customCategories);
        errors.Texts("personas", request.Personas, MaxPersonas, 100);
        if (request.Locale is { } locale && !QuestionLocales.Supported.Contains(locale.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("locale", $"Not a supported locale. Supported: {string.Join(", ", QuestionLocales.Supported)}.");
        }

        if (request.MaxQuestions is { } max && (max < 1 || max > bounds.MaxQuestions))
        {
            errors.Add("maxQuestions", $"Must be between 1 and {bounds.MaxQuestions}.");
        }
        if (request.SamplesPerQuestion is { } samples && (samples < 1 || samples > bounds.MaxSamplesPerQuestion))
        {
            errors.Add("samplesPerQuestion", $"Must be between 1 and {bounds.MaxSamplesPerQuestion}.");
        }
        if (request.MaxCostUsd is { } budget && (budget <= 0 || budget > MaxBudgetUsd))
        {
            errors.Add("maxCostUsd", FormattableString.Invariant($"Must be more than 0 and at most {MaxBudgetUsd:0} (US dollars)."));
        }
        SamplingValidator.Validate(errors, request, bounds);
        errors.Texts("customQuestions", request.CustomQuestions, bounds.MaxQuestions, 500);
        errors.Texts("useCases", request.UseCases, MaxUseCases, 200);
        return errors;
    }

    /// <summary>
    /// Shapes first, then the generator's own rules (slug names, known slots, no clash with a built-in category) by
    /// expanding the templates once: a category the generator would refuse is a 400 now, not a failed run later.
    /// </summary>
    private static void ValidateCustomCategories(ValidationErrors errors, List<CategoryInput?> categories)
    {
        if (categories.Count > MaxCustomCategories)
        {
            errors.Add("customCategories", $"At most {MaxCustomCategories} custom categories.");
            return;
        }
        for (var i = 0; i < categories.Count; i++)
        {
            var field = $"customCategories[{i}]";
            if (categories[i] is not { } category)
            {
                errors.Add(field, "Must be a category object.");
                continue;
            }
            errors.Required($"{field}.name", category.Name, 40);
            if (category.Templates is not { Count: > 0 })
            {
                errors.Add($"{field}.templates", "Give at least one question template.");
                continue;
            }
            errors.Texts($"{field}.templates", category.Templates, MaxTemplatesPerCategory, 300);
            var shapeIsValid = category.Name is { Length: <= 40 } name && !string.IsNullOrWhiteSpace(name)
                && category.Templates.Count <= MaxTemplatesPerCategory
                && category.Templates.All(t => !string.IsNullOrWhiteSpace(t) && t.Length <= 300);
            if (!shapeIsValid)
            {
                continue;
            }
            try
            {
                new QuestionGenerator().Generate(new QuestionRequest(
                    "Brand", ["Competitor"], "industry", [], MaxQuestions: 1,
                    CustomCategories: [new CustomCategory(category.Name!.Trim().ToLowerInvariant(), category.Templates.Select(t => t!.Trim()).ToArray())]));
            }
            catch (ArgumentException ex)
            {
                errors.Add(field, ex.Message.Split(" (Parameter", 2)[0]);
            }
        }
        if (categories.Select(c => c?.Name?.Trim().ToLowerInvariant()).OfType<string>().GroupBy(n => n).Any(g => g.Count() > 1))
        {
            errors.Add("customCategories", "Each custom category needs its own name.");
        }
    }
}
