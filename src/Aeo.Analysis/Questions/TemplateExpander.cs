namespace Aeo.Analysis.Questions;

/// <summary>
/// Fills a template with every combination of its slots: each competitor, each pair of competitors
/// (in the given order, each pair once), each use case. A template whose slots cannot be filled yields nothing.
/// </summary>
internal static class TemplateExpander
{
    public static IEnumerable<string> Expand(QuestionTemplate template, QuestionFill fill)
    {
        var useCases = template.Uses(Slots.UseCase) ? fill.UseCases : [string.Empty];
        foreach (var (competitor, otherCompetitor) in CompetitorBindings(template, fill.Competitors))
        {
            foreach (var useCase in useCases)
            {
                yield return template.Pattern
                    .Replace(Slots.Industry, fill.Industry, StringComparison.Ordinal)
                    .Replace(Slots.Brand, fill.Brand, StringComparison.Ordinal)
                    .Replace(Slots.OtherCompetitor, otherCompetitor, StringComparison.Ordinal)
                    .Replace(Slots.Competitor, competitor, StringComparison.Ordinal)
                    .Replace(Slots.UseCase, useCase, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<(string Competitor, string OtherCompetitor)> CompetitorBindings(
        QuestionTemplate template, IReadOnlyList<string> competitors)
    {
        if (template.Uses(Slots.OtherCompetitor))
        {
            for (var i = 0; i < competitors.Count; i++)
            {
                for (var j = i + 1; j < competitors.Count; j++)
                {
                    yield return (competitors[i], competitors[j]);
                }
            }
        }
        else if (template.Uses(Slots.Competitor))
        {
            foreach (var competitor in competitors)
            {
                yield return (competitor, string.Empty);
            }
        }
        else
        {
            yield return (string.Empty, string.Empty);
        }
    }
}
