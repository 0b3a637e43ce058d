namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Cuts a region into clauses at sentence ends, semicolons and line breaks, and before adversatives ("but",
/// "however") and concessives ("although", "while"). A concessive clause ends at the next comma too and weighs its
/// marker's value; an adversative clause is flagged, so the clause before it can be discounted. A stretch holding no
/// word makes no clause. Each clause then lists the mentions starting in it and its comparison, if any
/// (<see cref="ComparisonFinder"/>).
/// </summary>
internal static class ClauseSplitter
{
    public static List<Clause> Split(MentionMap map, MentionRegion region)
    {
        var (start, end) = (region.Start, region.End);
        var tokens = map.Tokens;
        var clauses = new List<Clause>();
        var clauseStart = start;
        var weight = 1.0;
        var adversative = false;
        var inConcessive = false;

        void Close(int last)
        {
            for (var t = clauseStart; t <= last; t++)
            {
                if (tokens[t].IsWord)
                {
                    clauses.Add(new Clause(clauseStart, last, weight, adversative));
                    return;
                }
            }
        }

        for (var t = start; t <= end; t++)
        {
            var kind = tokens[t].Kind;
            if (kind is TokenKind.SentenceEnd or TokenKind.Semicolon or TokenKind.LineBreak
                || (kind == TokenKind.Comma && inConcessive))
            {
                Close(kind == TokenKind.Comma ? t : t - 1);
                (clauseStart, weight, adversative, inConcessive) = (t + 1, 1.0, false, false);
            }
            else if (map.Text.TermStartingAt(t) is { } term && term.Last <= end && term.Kind is LexiconTermKind.Adversative or LexiconTermKind.Concessive)
            {
                Close(t - 1);
                var concessive = term.Kind == LexiconTermKind.Concessive;
                (clauseStart, weight, adversative, inConcessive) = (t, concessive ? term.Value : 1.0, !concessive, concessive);
                t = term.Last;
            }
        }

        Close(end);
        foreach (var clause in clauses)
        {
            for (var m = 0; m < map.Mentions.Count; m++)
            {
                if (map.Mentions[m].First >= clause.Start && map.Mentions[m].First <= clause.End)
                {
                    clause.Mentions.Add(m);
                }
            }

            clause.Comparison = ComparisonFinder.Find(map, clause);
        }

        return clauses;
    }
}
