namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Comparisons: "X is better than Y", "X outperforms Y", "pick X over Y". The pivot is a comparison marker ("than",
/// "compared to"), a comparison verb ("outperforms") or a preference marker ("over", "instead of"); its object is a
/// brand mention within <see cref="ObjectWindow"/> words after a marker or verb, or the very next word after a
/// preference marker, with no punctuation between. A brand that is a comparison's object is not what its sentence
/// talks about. What the subject and the object each get is decided by <see cref="MentionEvaluator"/>.
/// </summary>
internal static class ComparisonFinder
{
    public const int ObjectWindow = 3;

    /// <summary>The first pivot in the clause that has a brand object, and that object's mention index.</summary>
    public static (Term Pivot, int ObjectMention)? Find(MentionMap map, Clause clause)
    {
        foreach (var term in map.Text.TermsWithin(clause.Start, clause.End))
        {
            if (!IsPivot(term))
            {
                continue;
            }

            var window = term.Kind == LexiconTermKind.Preference ? 1 : ObjectWindow;
            for (var t = term.Last + 1; t <= Math.Min(clause.End, term.Last + window) && map.Tokens[t].IsWord; t++)
            {
                if (map.MentionAt(t) >= 0)
                {
                    return (term, map.MentionAt(t));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the mention starting at <paramref name="token"/> follows a pivot within <see cref="ObjectWindow"/>
    /// words ("… cheaper than Trello"), whatever the pivot's kind.
    /// </summary>
    public static bool IsObjectAt(MentionMap map, int token)
    {
        for (var k = token - 1; k >= Math.Max(0, token - ObjectWindow) && map.Tokens[k].IsWord; k--)
        {
            if (map.Text.TermEndingAt(k) is { } term && IsPivot(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether mention <paramref name="m"/> of the clause is its comparison's object, or joined to that object as part of
    /// one list ("less reliable than in Xero or QuickBooks", "than Xero, Wave or QuickBooks": all are objects). A list's
    /// last member follows "and" or "or"; a comma alone ("Compared to Trello, Asana is …") starts the main clause.
    /// </summary>
    public static bool IsObjectOf(MentionMap map, Clause clause, int m)
    {
        if (clause.Comparison is not { } comparison || m < comparison.ObjectMention)
        {
            return false;
        }

        for (var k = comparison.ObjectMention; k < m; k++)
        {
            var joined = false;
            for (var t = map.Mentions[k].Last + 1; t < map.Mentions[k + 1].First; t++)
            {
                var token = map.Tokens[t];
                var conjunction = token.IsWord && token.Text is "and" or "or";
                if (!(token.Kind == TokenKind.Comma || conjunction))
                {
                    return false;
                }

                joined |= conjunction;
            }

            if (k + 1 == m && !joined)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPivot(Term term) =>
        term.Kind is LexiconTermKind.Comparison or LexiconTermKind.Preference or LexiconTermKind.ComparisonVerb;
}
