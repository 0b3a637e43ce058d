namespace Aeo.Api.Analysis;

/// <summary>Checks a pasted answer, its brands and sources; every error names its field.</summary>
public static class MentionAnalysisValidator
{
    public const int MaxTextLength = 100_000;
    public const int MaxBrands = 200;
    public const int MaxSources = 100;

    public static ValidationErrors Validate(AnalyzeMentionsRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Text is null)
        {
            errors.Add("text", "Required.");
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors.Add("text", $"At most {MaxTextLength} characters.");
        }

        var brands = request.Brands ?? [];
        if (brands.Count == 0)
        {
            errors.Add("brands", "Name at least one brand to look for.");
        }
        else if (brands.Count > MaxBrands)
        {
            errors.Add("brands", $"At most {MaxBrands} brands.");
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Math.Min(brands.Count, MaxBrands); i++)
        {
            if (brands[i] is not { } brand)
            {
                errors.Add($"brands[{i}]", "Must be a brand object.");
                continue;
            }
            ClientValidator.ValidateBrand(errors, $"brands[{i}]", brand);
            if (!string.IsNullOrWhiteSpace(brand.Name) && !names.Add(brand.Name.Trim()))
            {
                errors.Add($"brands[{i}].name", "Names another brand of this request again.");
            }
        }

        var sources = request.Sources ?? [];
        if (sources.Count > MaxSources)
        {
            errors.Add("sources", $"At most {MaxSources} sources.");
        }
        for (var i = 0; i < Math.Min(sources.Count, MaxSources); i++)
        {
            if (sources[i] is not { } source)
            {
                errors.Add($"sources[{i}]", "Must be a source object.");
            }
            else if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"sources[{i}].url", "Must be an absolute http or https URL.");
            }
            else if (source.Title is { Length: > 500 })
            {
                errors.Add($"sources[{i}].title", "At most 500 characters.");
            }
        }
        return errors;
    }
}
