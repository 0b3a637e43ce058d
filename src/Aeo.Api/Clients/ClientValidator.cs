using System.Text.RegularExpressions;

namespace Aeo.Api.Clients;

/// <summary>Checks a client's body (to create it or replace it) and turns it into brand specs; every error names its field.</summary>
public static partial class ClientValidator
{
    public const int MaxCompetitors = 50;
    private const int MaxAliasesOrDomains = 20;
    private const int MaxDomainLength = 300;

    public static ValidationErrors Validate(CreateClientRequest request)
    {
        var errors = new ValidationErrors();
        errors.Required("name", request.Name, 200);
        errors.Required("industry", request.Industry, 100);
        if (request.Brand is null)
        {
            errors.Add("brand", "Required.");
        }
        else
        {
            ValidateBrand(errors, "brand", request.Brand);
        }
        var competitors = request.Competitors ?? [];
        if (competitors.Count > MaxCompetitors)
        {
            errors.Add("competitors", $"At most {MaxCompetitors} competitors.");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(request.Brand?.Name))
        {
            seen.Add(request.Brand.Name.Trim());
        }
        for (var i = 0; i < competitors.Count; i++)
        {
            var field = $"competitors[{i}]";
            if (competitors[i] is not { } competitor)
            {
                errors.Add(field, "Must be a brand object.");
                continue;
            }
            ValidateBrand(errors, field, competitor);
            if (!string.IsNullOrWhiteSpace(competitor.Name) && !seen.Add(competitor.Name.Trim()))
            {
                errors.Add($"{field}.name", "Names the client's brand or another competitor again.");
            }
        }
        return errors;
    }

    public static BrandSpec[] CompetitorSpecs(CreateClientRequest request) => (request.Competitors ?? []).Select(c => ToSpec(c!)).ToArray();

    public static BrandSpec ToSpec(BrandInput input) => new(
        input.Name!.Trim(),
        Clean(input.Aliases),
        Clean(input.Domains).Select(d => d.ToLowerInvariant()).ToArray());

    /// <param name="field">The brand's field ("brand", "competitors[2]"); empty when the brand is the whole body.</param>
    public static void ValidateBrand(ValidationErrors errors, string field, BrandInput brand)
    {
        var prefix = field.Length == 0 ? "" : field + ".";
        errors.Required($"{prefix}name", brand.Name, 100);
        errors.Texts($"{prefix}aliases", brand.Aliases, MaxAliasesOrDomains, 100);
        errors.Texts($"{prefix}domains", brand.Domains, MaxAliasesOrDomains, MaxDomainLength);
        var domains = brand.Domains ?? [];
        for (var i = 0; i < domains.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(domains[i]) && domains[i]!.Length <= MaxDomainLength
                && (!DomainPattern().IsMatch(domains[i]!.Trim()) || !BrandDomain.TryParse(domains[i], out _)))
            {
                errors.Add($"{prefix}domains[{i}]",
                    "Must be a domain name such as example.com, optionally with a path such as zoho.com/books (no scheme, query or fragment).");
            }
        }
    }

    private static string[] Clean(List<string?>? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    // A host of at most 253 characters, then path segments (never "." or ".."), no query or fragment.
    [GeneratedRegex(
        @"^(?=[^/]{1,253}(/|$))([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(/(?!\.\.?(/|$))[a-z0-9._~%!$&'()*+,;=:@-]+)*/?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();
}
