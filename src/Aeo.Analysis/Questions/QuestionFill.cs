namespace Aeo.Analysis.Questions;

/// <summary>The cleaned values the template slots are filled from.</summary>
internal sealed record QuestionFill(
    string Brand,
    IReadOnlyList<string> Competitors,
    string Industry,
    IReadOnlyList<string> UseCases,
    IReadOnlyList<string> Personas,
    LocaleProfile Locale,
    bool IncludeMarket)
{
    public static QuestionFill From(QuestionRequest request)
    {
        var brand = Required(request.Brand, nameof(request.Brand));
        var industry = Required(request.Industry, nameof(request.Industry));
        var competitors = Clean(request.Competitors)
            .Where(c => !string.Equals(c, brand, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return new QuestionFill(
            brand,
            competitors,
            industry,
            Clean(request.UseCases),
            Clean(request.Personas),
            QuestionLocales.Resolve(request.Locale),
            request.IncludeMarket);
    }

    /// <summary>The market phrase a question can name: only when market-scoped questions were asked for.</summary>
    public string? MarketPhrase => IncludeMarket ? Locale.MarketPhrase : null;

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{name} is required to generate questions.", name)
            : value.Trim();

    private static string[] Clean(IReadOnlyList<string>? values) =>
        (values ?? [])
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
