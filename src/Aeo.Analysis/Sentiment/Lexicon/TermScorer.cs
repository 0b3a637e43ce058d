namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Scores the evaluative terms of a stretch: each polarity term and comparison verb (and the preference marker that is
/// the clause's pivot) adds its value, times its modifiers (<see cref="Modifiers"/>), times the weight given.
/// </summary>
internal static class TermScorer
{
    private const int NegationWindow = 3;

    /// <summary>
    /// Adds the terms in <paramref name="low"/>..<paramref name="high"/> to <paramref name="evidence"/>. Terms that
    /// cover a brand name are skipped, and so is what follows a comparison's pivot up to the next comma: that is the
    /// object and dimension ("than Trello in simplicity"), about neither side; after a comma the clause goes on about
    /// its subject ("Compared to Trello, Asana is …").
    /// </summary>
    public static void AddTerms(
        MentionMap map, Evidence evidence, Clause clause, int low, int high, (Term Pivot, int ObjectMention)? comparison, double weight)
    {
        var skipFrom = comparison is { } c ? c.Pivot.Last + 1 : int.MaxValue;
        var skipTo = comparison is { } d ? NextCommaOrEnd(map.Tokens, map.Mentions[d.ObjectMention].Last, clause.End) : int.MinValue;
        foreach (var term in map.Text.TermsWithin(low, high))
        {
            if ((term.First >= skipFrom && term.First <= skipTo) || map.AnyMentionIn(term.First, term.Last))
            {
                continue;
            }

            var counts = term.Kind == LexiconTermKind.Polarity
                || term.Kind == LexiconTermKind.ComparisonVerb
                || (term.Kind == LexiconTermKind.Preference && comparison?.Pivot == term);
            if (counts)
            {
                var (factor, hedged) = Modifiers(map, term, clause);
                evidence.Add(term.Value * factor * weight, hedged);
            }
        }
    }

    private static int NextCommaOrEnd(List<Token> tokens, int from, int end)
    {
        while (from < end && tokens[from].Kind != TokenKind.Comma)
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// The factor a term's value is scaled by: the product of the intensifiers right before it ("very", "slightly"),
    /// times a negator up to <see cref="NegationWindow"/> words before it when no punctuation or other polarity term
    /// lies between ("not really intuitive"), times the first hedge before it in its clause ("might be slow"), which
    /// also marks the evidence as hedged.
    /// </summary>
    private static (double Factor, bool Hedged) Modifiers(MentionMap map, Term term, Clause clause)
    {
        var text = map.Text;
        var factor = 1.0;
        var t = term.First - 1;
        while (t >= clause.Start && text.TermEndingAt(t) is { Kind: LexiconTermKind.Intensifier } intensifier)
        {
            factor *= intensifier.Value;
            t = intensifier.First - 1;
        }

        for (var k = term.First - 1; k >= Math.Max(clause.Start, term.First - NegationWindow) && map.Tokens[k].IsWord; k--)
        {
            var before = text.TermEndingAt(k);
            if (before is { Kind: LexiconTermKind.Negator } negator)
            {
                factor *= negator.Value;
                break;
            }

            if (before is { Kind: LexiconTermKind.Polarity })
            {
                break;
            }
        }

        foreach (var hedge in text.TermsWithin(clause.Start, term.First - 1))
        {
            if (hedge.Kind == LexiconTermKind.Hedge)
            {
                return (factor * hedge.Value, true);
            }
        }

        return (factor, false);
    }
}
