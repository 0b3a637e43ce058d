namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Decides which clauses talk about the target. A clause belongs to the brands named in it as subjects (a
/// comparison's object is not its subject); a clause naming none belongs to the brands of the clause before it; the
/// clauses before the first one naming a brand ("Although pricey, Asana …") belong to that brand, unless a clause opens
/// with a pronoun ("It is not the best choice …; there, HubSpot is …"), which points back at a brand named earlier.
/// </summary>
internal static class ClauseOwnership
{
    public static void Assign(MentionMap map, List<Clause> clauses)
    {
        bool? previousOwner = null;
        foreach (var clause in clauses)
        {
            var hasSubject = false;
            var targetIsSubject = false;
            foreach (var m in clause.Mentions)
            {
                if (!ComparisonFinder.IsObjectOf(map, clause, m))
                {
                    hasSubject = true;
                    targetIsSubject |= map.Mentions[m].IsTarget;
                }
            }

            clause.HasOwnBrand = hasSubject;
            if (clause.HasOwnBrand)
            {
                clause.OwnedByTarget = targetIsSubject;
                previousOwner = clause.OwnedByTarget;
            }
            else if (previousOwner is { } owner)
            {
                clause.OwnedByTarget = owner;
            }
        }

        var firstNaming = clauses.FindIndex(clause => clause.HasOwnBrand);
        for (var c = 0; c < firstNaming && !OpensWithPronoun(map, clauses[c]); c++)
        {
            clauses[c].OwnedByTarget = clauses[firstNaming].OwnedByTarget;
        }
    }

    private static bool OpensWithPronoun(MentionMap map, Clause clause)
    {
        for (var t = clause.Start; t <= clause.End; t++)
        {
            if (map.Tokens[t].IsWord)
            {
                return map.Tokens[t].Text is "it" or "its" or "it's" or "they" or "their" or "this";
            }
        }

        return false;
    }
}
