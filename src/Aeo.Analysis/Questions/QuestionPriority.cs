using static Aeo.Analysis.Questions.QuestionCategories;

namespace Aeo.Analysis.Questions;

/// <summary>
/// Priority of a generated question, from 0 to 0.9 (custom questions get 1.0, above all of them):
/// <code>0.5 × category weight + 0.3 × audience weight + 0.1 × specificity</code>
/// <list type="bullet">
/// <item>category weight: how directly the category shows whether engines recommend a brand
/// (recommendation and best-of questions are where buyers get a shortlist; how-to questions rarely name vendors).</item>
/// <item>audience weight: non-branded 1.0 (unprompted visibility is what an audit is for), branded naming the
/// client 0.8, branded naming only competitors 0.6.</item>
/// <item>specificity: 1 when the question names one of the client's use cases (a buyer situation the
/// client chose to track), else 0.</item>
/// </list>
/// </summary>
internal static class QuestionPriority
{
    public const double Custom = 1.0;

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

    public static double Score(QuestionTemplate template, bool namesBrands, bool namesClient)
    {
        var audience = !namesBrands ? 1.0 : namesClient ? 0.8 : 0.6;
        var specificity = template.Uses(Slots.UseCase) ? 1.0 : 0.0;
        var score = 0.5 * CategoryWeights[template.Category] + 0.3 * audience + 0.1 * specificity;
        return Math.Round(score, 4);
    }
}
