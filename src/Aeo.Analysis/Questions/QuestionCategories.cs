namespace Aeo.Analysis.Questions;

/// <summary>The kinds of buyer question the generator knows, plus "custom" for questions supplied as given.</summary>
public static class QuestionCategories
{
    public const string Comparison = "comparison";
    public const string Recommendation = "recommendation";
    public const string BestOf = "best_of";
    public const string Alternatives = "alternatives";
    public const string Features = "features";
    public const string Pricing = "pricing";
    public const string Reviews = "reviews";
    public const string UseCase = "use_case";
    public const string HowTo = "how_to";

    /// <summary>Category of questions supplied by the user; not a generated category, so not in <see cref="All"/>.</summary>
    public const string Custom = "custom";

    /// <summary>Every generated category, in a fixed order that also breaks ties between categories.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Comparison, Recommendation, BestOf, Alternatives, Features, Pricing, Reviews, UseCase, HowTo];

    public static bool IsKnown(string category) => All.Contains(category, StringComparer.OrdinalIgnoreCase);
}
