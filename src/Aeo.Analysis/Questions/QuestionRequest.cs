namespace Aeo.Analysis.Questions;

/// <summary>
/// What to generate questions for.
/// <list type="bullet">
/// <item><see cref="Categories"/>: built-in or custom category names to generate; empty means every built-in
/// category. Every <see cref="CustomCategories"/> entry is generated whether listed here or not (defining it selects it).</item>
/// <item><see cref="MaxQuestions"/>: the total cap, custom questions included (by default
/// <see cref="QuestionLimits.DefaultMaxQuestions"/>).</item>
/// <item><see cref="CustomQuestions"/>: taken verbatim, in category "custom", ahead of everything generated.</item>
/// <item><see cref="UseCases"/> and <see cref="Personas"/> fill the {use_case} and {persona} slots; a persona
/// carries its own article ("a 10-person agency", "an enterprise IT team").</item>
/// <item><see cref="Locale"/>: one of <see cref="QuestionLocales.Supported"/> (default en-US) for spelling and
/// currency; <see cref="IncludeMarket"/> adds market-scoped questions ("... in the UK?").</item>
/// <item><see cref="MinPerCategory"/> and <see cref="MaxPerCategory"/>: the per-category bounds
/// (by default 5 and 50); see <see cref="QuestionGenerator"/> for how they interact with the cap.</item>
/// </list>
/// </summary>
public sealed record QuestionRequest(
    string Brand,
    IReadOnlyList<string> Competitors,
    string Industry,
    IReadOnlyList<string> Categories,
    int MaxQuestions,
    IReadOnlyList<string>? CustomQuestions = null,
    IReadOnlyList<string>? UseCases = null,
    IReadOnlyList<string>? Personas = null,
    string? Locale = null,
    bool IncludeMarket = false,
    IReadOnlyList<CustomCategory>? CustomCategories = null,
    int MinPerCategory = QuestionLimits.DefaultMinPerCategory,
    int MaxPerCategory = QuestionLimits.DefaultMaxPerCategory);

/// <summary>The default question caps: per run, and the least and most per category.</summary>
public static class QuestionLimits
{
    public const int DefaultMaxQuestions = 200;
    public const int DefaultMinPerCategory = 5;
    public const int DefaultMaxPerCategory = 50;
}
