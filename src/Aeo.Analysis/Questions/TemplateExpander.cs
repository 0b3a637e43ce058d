namespace Aeo.Analysis.Questions;

/// <summary>
/// Fills a template with every combination of its list slots: each competitor, each pair of competitors
/// (in the given order, each pair once), each use case, each persona. The template's own words are spelled
/// for the locale first. "{industry}" and the noun after it are written as one phrase (<see cref="IndustryPhrase"/>),
/// so no industry reads "CRM software software"; an "a" or "an" before a filled slot is chosen for the word that
/// fills it; a name ending in "." loses it before the template's punctuation ("Acme Inc?"). A template whose slots
/// cannot be filled (no competitors, no personas, market not asked for...) yields nothing.
/// </summary>
internal static partial class TemplateExpander
{
    // Brackets put around every filled value until the text is finished; private-use chars no input contains.
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    public static IEnumerable<string> Expand(QuestionTemplate template, QuestionFill fill)
    {
        if (template.Uses(QuestionSlots.Market) && fill.MarketPhrase is null)
        {
            yield break;
        }

        var pattern = WithIndustry(fill.Locale.Spell(template.Pattern), IndustryPhrase.Of(fill.Industry))
            .Replace(QuestionSlots.Brand, Filled(fill.Brand), StringComparison.Ordinal)
            .Replace(QuestionSlots.Market, Filled(fill.MarketPhrase ?? string.Empty), StringComparison.Ordinal)
            .Replace(QuestionSlots.Currency, Filled(fill.Locale.Currency), StringComparison.Ordinal);
        var useCases = template.Uses(QuestionSlots.UseCase) ? fill.UseCases : [string.Empty];
        var personas = template.Uses(QuestionSlots.Persona) ? fill.Personas : [string.Empty];

        foreach (var (competitor, otherCompetitor) in CompetitorBindings(template, fill.Competitors))
        {
            foreach (var useCase in useCases)
            {
                foreach (var persona in personas)
                {
                    yield return Finish(pattern
                        .Replace(QuestionSlots.OtherCompetitor, Filled(otherCompetitor), StringComparison.Ordinal)
                        .Replace(QuestionSlots.Competitor, Filled(competitor), StringComparison.Ordinal)
                        .Replace(QuestionSlots.UseCase, Filled(useCase), StringComparison.Ordinal)
                        .Replace(QuestionSlots.Persona, Filled(persona), StringComparison.Ordinal));
                }
            }
        }
    }

    private static string Filled(string value) => Open + value + Close;

    // "{industry} software" → one phrase; "{industry}" before anything but a word → the industry as given.
    private static string WithIndustry(string pattern, IndustryPhrase industry) =>
        IndustryAndNoun().Replace(pattern, match =>
        {
            var previous = match.Groups["previous"].Success ? match.Groups["previous"].Value : null;
            var phrase = match.Groups["noun"].Success ? industry.With(match.Groups["noun"].Value, previous) : industry.Given;
            return match.Groups["lead"].Value + Filled(phrase);
        });

    private static string Finish(string text)
    {
        var articled = ArticleBeforeValue().Replace(text, match =>
        {
            var article = IndefiniteArticle.Before(match.Groups["word"].Value);
            return (char.IsUpper(match.Groups["article"].Value[0]) ? char.ToUpperInvariant(article[0]) + article[1..] : article) + " " + Open;
        });
        var punctuated = DotBeforePunctuation().Replace(articled, Close.ToString());
        return punctuated.Replace(Open.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(Close.ToString(), string.Empty, StringComparison.Ordinal);
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

    [GeneratedRegex(@"(?<lead>(?<previous>\b[A-Za-z']+)?\s*)\{industry\}(?:\s+(?<noun>[A-Za-z]+)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex IndustryAndNoun();

    [GeneratedRegex(@"\b(?<article>[Aa]n?) \uE000(?=(?<word>[^\s\uE001]*))", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBeforeValue();

    [GeneratedRegex(@"\.\uE001(?=[?!.,:;])", RegexOptions.CultureInvariant)]
    private static partial Regex DotBeforePunctuation();
}
