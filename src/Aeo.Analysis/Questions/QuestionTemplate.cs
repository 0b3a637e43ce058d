namespace Aeo.Analysis.Questions;

/// <summary>A question pattern with slots such as {industry}, {brand}, {competitor}, {other_competitor}, {use_case}.</summary>
internal sealed record QuestionTemplate(string Category, string Pattern)
{
    public bool Uses(string slot) => Pattern.Contains(slot, StringComparison.Ordinal);
}

internal static class Slots
{
    public const string Industry = "{industry}";
    public const string Brand = "{brand}";
    public const string Competitor = "{competitor}";
    public const string OtherCompetitor = "{other_competitor}";
    public const string UseCase = "{use_case}";
}
