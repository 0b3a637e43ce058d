namespace Aeo.Analysis.Questions;

/// <summary>A question pattern in one category, with slots such as {industry} or {brand} (see <see cref="QuestionSlots"/>).</summary>
internal sealed record QuestionTemplate(string Category, string Pattern)
{
    public bool Uses(string slot) => Pattern.Contains(slot, StringComparison.Ordinal);
}

/// <summary>
/// The slots a template may use. {persona} includes its article ("a 10-person agency"); {market} is the
/// locale's market phrase ("in the UK") and only fills when the request asks for market-scoped questions.
/// </summary>
public static partial class QuestionSlots
{
    public const string Industry = "{industry}";
    public const string Brand = "{brand}";
    public const string Competitor = "{competitor}";
    public const string OtherCompetitor = "{other_competitor}";
    public const string UseCase = "{use_case}";
    public const string Persona = "{persona}";
    public const string Market = "{market}";
    public const string Currency = "{currency}";

    /// <summary>Every slot a template may use.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Industry, Brand, Competitor, OtherCompetitor, UseCase, Persona, Market, Currency];

    /// <summary>The slot-shaped tokens in a pattern that are not known slots, in order of appearance.</summary>
    internal static IEnumerable<string> UnknownIn(string pattern) =>
        SlotToken().Matches(pattern).Select(m => m.Value).Where(token => !All.Contains(token)).Distinct();

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex SlotToken();
}
