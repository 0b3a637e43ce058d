using static Aeo.Analysis.Questions.QuestionCategories;

namespace Aeo.Analysis.Questions;

/// <summary>
/// Puts a free-text question into a built-in category by keywords, for model replies that give no usable
/// category. Rules are tried in order and the first match wins, so the more telling signals come first
/// ("cheaper alternative to X" is about alternatives before price; "best CRM for lead scoring" names a use case).
/// Whole-word, case-insensitive matching; a question that matches nothing is a recommendation question.
/// </summary>
internal static class QuestionClassifier
{
    private static readonly (string Category, string[] Cues)[] Rules =
    [
        (HowTo, ["how do i", "how to", "how can i", "how should i", "how should we", "how do we", "steps to"]),
        (Alternatives, ["alternative", "alternatives", "instead of", "replace", "replacement for", "switch from", "switching from"]),
        (Comparison, ["vs", "versus", "compare", "compared", "comparison", "difference", "differences", "better than"]),
        (Pricing, ["cost", "costs", "price", "prices", "pricing", "cheap", "cheaper", "cheapest", "expensive", "free plan", "free tier", "per month", "value for money", "value for the money", "subscription"]),
        (Reviews, ["review", "reviews", "reputation", "reputable", "pros and cons", "complaints", "trustworthy", "reliable", "worth it", "say about", "rated"]),
        (Features, ["feature", "features", "integrate", "integrates", "integration", "integrations", "support", "supports", "offer", "capabilities"]),
        (Recommendation, ["recommend", "recommended", "should i choose", "should i use", "should i pick", "suggest"]),
        (BestOf, ["best", "top", "leading", "most popular"]),
    ];

    /// <summary>The category for <paramref name="text"/>; <paramref name="useCases"/> and <paramref name="personas"/> signal a use-case question.</summary>
    public static string Classify(string text, IReadOnlyList<string> useCases, IReadOnlyList<string> personas)
    {
        foreach (var (category, cues) in Rules)
        {
            if (category == BestOf && (PhraseMatcher.FirstNamed(text, useCases) ?? PhraseMatcher.FirstNamed(text, personas)) is not null)
            {
                return UseCase;
            }

            if (cues.Any(cue => PhraseMatcher.IndexOf(text, cue) >= 0))
            {
                return category;
            }
        }

        return Recommendation;
    }
}
