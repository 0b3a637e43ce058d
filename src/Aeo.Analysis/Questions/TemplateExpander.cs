namespace Aeo.Analysis.Questions;

/// <summary>
/// Fills a template with every combination of its list slots: each competitor, each pair of competitors
/// (in the given order, each pair once), each use case, each persona. The template's own words are spelled
/// for the locale first. A template whose slots cannot be filled (no competitors, no personas, market not
/// asked for...) yields nothing.
/// </summary>
internal static class TemplateExpander
{
    public static IEnumerable<string> Expand(QuestionTemplate template, QuestionFill fill)
    {
        if (template.Uses(QuestionSlots.Market) && fill.MarketPhrase is null)
        {
            yield break;
        }

        var pattern = fill.Locale.Spell(template.Pattern)
            .Replace(QuestionSlots.Industry, fill.Industry, StringComparison.Ordinal)
            .Replace(QuestionSlots.Brand, fill.Brand, StringComparison.Ordinal)
            .Replace(QuestionSlots.Market, fill.MarketPhrase ?? string.Empty, StringComparison.Ordinal)
            .Replace(QuestionSlots.Currency, fill.Locale.Currency, StringComparison.Ordinal);
        var useCases = template.Uses(QuestionSlots.UseCase) ? fill.UseCases : [string.Empty];
        var personas = template.Uses(QuestionSlots.Persona) ? fill.Personas : [string.Empty];

        foreach (var (competitor, otherCompetitor) in CompetitorBindings(template, fill.Competitors))
        {
            foreach (var useCase in useCases)
            {
                foreach (var persona in personas)
                {
                    yield return pattern
                        .Replace(QuestionSlots.OtherCompetitor, otherCompetitor, StringComparison.Ordinal)
                        .Replace(QuestionSlots.Competitor, competitor, StringComparison.Ordinal)
                        .Replace(QuestionSlots.UseCase, useCase, StringComparison.Ordinal)
                        .Replace(QuestionSlots.Persona, persona, StringComparison.Ordinal);
                }
            }
        }
    }

    private static IEnumerable<(string Competitor, string OtherCompetitor)> CompetitorBindings(
        QuestionTemplate template, IReadOnlyList<string> competitors)
    {
        if (template.Uses(QuestionSlots.OtherCompetitor))
        {
            for (var i = 0; i < competitors.Count; i++)
            {
                for (var j = i + 1; j < competitors.Count; j++)
                {
                    yield return (competitors[i], competitors[j]);
                }
            }
        }
        else if (template.Uses(QuestionSlots.Competitor))
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
