namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Decides which clauses talk about the target. A clause belongs to the brands named in it as subjects (a
/// comparison's object is not its subject); a clause naming none belongs to the brands of the clause before it; the
/// clauses before the first one naming a brand ("Although pricey, Asana …") belong to that brand.
/// </summary>
internal static class ClauseOwnership
{
    public static void Assign(MentionMap map, List<Clause> clauses)
    {
        bool? previousOwner = null;
        foreach (var clause in clauses)
        {
            var subjects = clause.Mentions.Where(m => m != clause.Comparison?.ObjectMention).ToList();
            clause.HasOwnBrand = subjects.Count > 0;
            if (clause.HasOwnBrand)
            {
                clause.OwnedByTarget = subjects.Any(m => map.Mentions[m].IsTarget);
                previousOwner = clause.OwnedByTarget;
            }
            else if (previousOwner is { } owner)
            {
                clause.OwnedByTarget = owner;
            }
        }

        var firstNaming = clauses.FindIndex(clause => clause.HasOwnBrand);
        for (var c = 0; c < firstNaming; c++)
        {
            clauses[c].OwnedByTarget = clauses[firstNaming].OwnedByTarget;
        }
    }
}
