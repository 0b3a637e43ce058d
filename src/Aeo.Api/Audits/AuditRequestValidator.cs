using Aeo.Analysis.Questions;
using Aeo.Api.Contracts;
using Aeo.Api.Validation;
using Aeo.Grains.Hosting;
using Aeo.Platforms;

namespace Aeo.Api.Audits;

/// <summary>Checks an audit request against the configured platforms and the audit bounds.</summary>
public static class AuditRequestValidator
{
    private const int MaxUseCases = 20;

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

        var categories = request.Categories ?? [];
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(categories[i]) || !QuestionCategories.IsKnown(categories[i]!))
            {
                errors.Add($"categories[{i}]", $"Not a known category. Known: {string.Join(", ", QuestionCategories.All)}.");
            }
        }

        if (request.MaxQuestions is { } max && (max < 1 || max > bounds.MaxQuestions))
        {
            errors.Add("maxQuestions", $"Must be between 1 and {bounds.MaxQuestions}.");
        }
        if (request.SamplesPerQuestion is { } samples && (samples < 1 || samples > bounds.MaxSamplesPerQuestion))
        {
            errors.Add("samplesPerQuestion", $"Must be between 1 and {bounds.MaxSamplesPerQuestion}.");
        }
        errors.Texts("customQuestions", request.CustomQuestions, bounds.MaxQuestions, 500);
        errors.Texts("useCases", request.UseCases, MaxUseCases, 200);
        return errors;
    }
}
