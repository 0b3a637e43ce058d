namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Picks the tokens of a clause that speak about the target when the clause names other brands too.
/// </summary>
internal static class StretchSelector
{
    // Words joining brands into one group that shares the clause's evaluation ("Asana and Trello are both great").
    private static readonly HashSet<string> Conjunctions = ["and", "or", "nor", "&", "plus"];

    // Words after which a new statement starts, so the target's stretch may begin after them.
    private static readonly HashSet<string> StretchBreakers = ["and", "while", "whereas", "which", "who"];

    // "… costs a fraction of the equivalent on AWS": a brand right after one of these is an object in the statement.
    private static readonly HashSet<string> ObjectPrepositions = ["on", "of", "to", "from", "in", "into", "via", "at"];

    /// <summary>
    /// The target's stretch of a clause it owns: up to the next other brand, and from the last comma or
    /// <see cref="StretchBreakers"/> word after the previous one. Brands joined to the target only by
    /// <see cref="Conjunctions"/> or commas share its stretch. When no comma or breaker separates the previous brand,
    /// or a preposition comes right before the target, the target only appears inside the other brand's statement
    /// ("Freshdesk is an alternative to Zendesk", "… the equivalent on AWS"): the stretch is then the mention itself,
    /// which holds no evaluation.
    /// </summary>
    public static (int Low, int High) ForTarget(MentionMap map, Clause clause)
    {
        var mentions = map.Mentions;
        var tokens = map.Tokens;
        var subjects = clause.Mentions.Where(m => !ComparisonFinder.IsObjectOf(map, clause, m)).ToList();
        var targets = subjects.Where(m => mentions[m].IsTarget).ToList();
        var others = subjects.Where(m => !mentions[m].IsTarget).ToList();
        var groupStart = mentions[targets[0]].First;
        var groupEnd = mentions[targets[^1]].Last;

        var low = clause.Start;
        foreach (var other in others.Where(m => mentions[m].Last < groupStart).Reverse())
        {
            var between = Enumerable.Range(mentions[other].Last + 1, groupStart - mentions[other].Last - 1).ToList();
            if (between.All(t => IsConjunction(tokens[t])))
            {
                groupStart = mentions[other].First;
                continue;
            }

            var breaker = between.LastOrDefault(t => tokens[t].Kind == TokenKind.Comma || (tokens[t].IsWord && StretchBreakers.Contains(tokens[t].Text)), -1);
            if (breaker < 0 || (tokens[groupStart - 1].IsWord && ObjectPrepositions.Contains(tokens[groupStart - 1].Text)))
            {
                return (groupStart, groupEnd);
            }

            low = breaker + 1;
            break;
        }

        var high = clause.End;
        foreach (var other in others.Where(m => mentions[m].First > groupEnd))
        {
            var between = Enumerable.Range(groupEnd + 1, mentions[other].First - groupEnd - 1).ToList();
            if (between.All(t => IsConjunction(tokens[t])))
            {
                groupEnd = mentions[other].Last;
                continue;
            }

            high = mentions[other].First - 1;
            break;
        }

        return (low, high);
    }

    /// <summary>
    /// What a comparison says about its object: the stretch of the subject's evaluation that leads to the pivot (from
    /// the last comma or colon before it), when it holds a polarity term, a comparison verb or the preference pivot
    /// itself; otherwise ("Compared to Trello, Asana is …") the whole clause.
    /// </summary>
    public static (int Low, int High) ForComparisonObject(MentionMap map, Clause clause, Term pivot)
    {
        var tokens = map.Tokens;
        var low = pivot.First - 1;
        while (low > clause.Start && tokens[low - 1].Kind is not (TokenKind.Comma or TokenKind.Colon))
        {
            low--;
        }

        var leadsToPivot = map.Text.TermsWithin(low, pivot.Last)
            .Any(term => term.Kind is LexiconTermKind.Polarity or LexiconTermKind.ComparisonVerb || term == pivot && term.Kind == LexiconTermKind.Preference);
        return leadsToPivot ? (low, pivot.Last) : (clause.Start, clause.End);
    }

    private static bool IsConjunction(Token token) =>
        token.Kind == TokenKind.Comma || (token.IsWord && Conjunctions.Contains(token.Text));
}
