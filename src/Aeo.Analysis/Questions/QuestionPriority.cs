using static Aeo.Analysis.Questions.QuestionCategories;

namespace Aeo.Analysis.Questions;

/// <summary>
/// Builds a <see cref="PriorityBreakdown"/> (the formula is documented there) from what a question's text
/// names, so template and LLM questions are scored the same way.
/// </summary>
internal sealed class QuestionPriority(QuestionFill fill, CategoryPlan plan)
{
    private static readonly Dictionary<string, double> CategoryWeights = new()
    {
        [Recommendation] = 1.0,
        [BestOf] = 1.0,
        [Comparison] = 0.9,
        [Alternatives] = 0.85,
        [UseCase] = 0.8,
        [Pricing] = 0.7,
        [Features] = 0.65,
        [Reviews] = 0.65,
        [HowTo] = 0.5,
    };

    public static double WeightOf(string builtInCategory) => CategoryWeights[builtInCategory];

    public PriorityBreakdown Score(string text, string category, BrandTags tags)
    {
        var (audience, audienceWeight) = Audience(tags);
        return new PriorityBreakdown(
            category,
            plan.WeightOf(category),
            audience,
            audienceWeight,
            PhraseMatcher.FirstNamed(text, fill.UseCases),
            PhraseMatcher.FirstNamed(text, fill.Personas),
            fill.MarketPhrase is { } market && PhraseMatcher.IndexOf(text, market) >= 0 ? market : null);
    }

    public static PriorityBreakdown Custom(BrandTags tags)
    {
        var (audience, audienceWeight) = Audience(tags);
        return PriorityBreakdown.ForCustomQuestion(audience, audienceWeight);
    }

    private static (string Label, double Weight) Audience(BrandTags tags) =>
        !tags.NamesBrands ? ("non-branded", 1.0)
        : tags.NamesClient ? ("branded, names the client", 0.8)
        : ("branded, names only competitors", 0.6);
}
