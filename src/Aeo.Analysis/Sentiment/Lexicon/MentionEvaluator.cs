namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Collects the evaluative evidence about one brand mention, in five steps, each rule documented where it is
/// implemented:
/// <list type="number">
/// <item>Region (<see cref="MentionRegionFinder"/>): the sentences, list item or section that speak about the mention.</item>
/// <item>Clauses (<see cref="ClauseSplitter"/>, <see cref="ComparisonFinder"/>): the region cut at sentence ends and
/// contrast markers, each clause with its mentions and its comparison ("better than Y"), if any.</item>
/// <item>Ownership (<see cref="ClauseOwnership"/>): which clauses talk about the target.</item>
/// <item>Stretches (<see cref="StretchSelector"/>): within a clause naming other brands, the tokens about the target;
/// for a comparison whose object is the target, the tokens leading to the pivot.</item>
/// <item>Terms (<see cref="TermScorer"/>): each polarity term of a stretch, scaled by its modifiers and the clause's
/// weight (<see cref="Collect"/>).</item>
/// </list>
/// <see cref="Evidence"/> turns the contributions into a score, label and confidence.
/// </summary>
internal static class MentionEvaluator
{
    // Sentences that only continue the topic (no brand named) say less about the brand than its own sentence.
    private const double ContinuationWeight = 0.7;

    // "X is great, but …": the clause before an adversative about the same brand is outweighed by it.
    private const double BeforeAdversativeWeight = 0.4;

    // Being the yardstick of someone else's praise ("… are better than Front's") says less than being praised directly.
    private const double ComparisonObjectWeight = 0.6;

    // "X is powerful, but built for larger teams": a clause opened by an adversative that carries no evaluation of its
    // own still turns against the one before it, by this much of a plain evaluation.
    private const double ImpliedContrast = 0.4;

    // An item of a list introduced as a ranking or recommendation ("The best CRMs:") is mildly recommended by being there.
    private const double RecommendedListItemPrior = 0.3;

    public static Evidence Evaluate(AnalyzedText text, BrandSpan target, IEnumerable<BrandSpan> others) =>
        Collect(MentionMap.Build(text, target, others)).Evidence;

    /// <summary>The evidence about the mention, with the map, region and clauses it was read from.</summary>
    public static MentionReading Read(AnalyzedText text, BrandSpan target, IEnumerable<BrandSpan> others)
    {
        var map = MentionMap.Build(text, target, others);
        var (evidence, region, clauses, subject) = Collect(map);
        return new MentionReading(evidence, map, region, clauses, subject);
    }

    /// <summary>
    /// Weighs each clause of the region: its own weight (1, or a concessive marker's), ×<see cref="ContinuationWeight"/>
    /// when it lies past the region's core, ×<see cref="BeforeAdversativeWeight"/> when the next clause opens with an
    /// adversative and is about the target too. A clause owned by the target adds the terms of its target stretch (all
    /// of it when it names no brand of its own); a comparison whose object is the target adds the terms leading to the
    /// pivot with the opposite sign, ×<see cref="ComparisonObjectWeight"/>. A clause about the target that opens with an
    /// adversative and adds nothing, after a clause about it that did, adds <see cref="ImpliedContrast"/> against that
    /// clause's direction (times its own weight): the contrast is the evaluation.
    /// </summary>
    private static (Evidence Evidence, MentionRegion Region, List<Clause> Clauses, bool Subject) Collect(MentionMap map)
    {
        var region = new MentionRegionFinder(map).Find();
        var clauses = ClauseSplitter.Split(map, region);
        ClauseOwnership.Assign(map, clauses);

        var evidence = new Evidence();
        var subject = false;
        if (region.InRecommendedList)
        {
            evidence.Add(RecommendedListItemPrior, hedged: false);
        }

        var previousNet = 0.0;
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var before = evidence.Positive - evidence.Negative;
            var weight = clause.Start > region.CoreEnd ? clause.Weight * ContinuationWeight : clause.Weight;
            if (c + 1 < clauses.Count && clauses[c + 1].OpensWithAdversative && clauses[c + 1].OwnedByTarget)
            {
                weight *= BeforeAdversativeWeight;
            }

            if (clause.Comparison is { } comparison && map.Mentions[comparison.ObjectMention].IsTarget)
            {
                var (low, high) = StretchSelector.ForComparisonObject(map, clause, comparison.Pivot);
                TermScorer.AddTerms(map, evidence, clause, low, high, comparison, -weight * ComparisonObjectWeight);
            }
            else if (clause.OwnedByTarget)
            {
                subject |= clause.Mentions.Contains(map.TargetIndex) && !ComparisonFinder.IsObjectAt(map, map.Mentions[map.TargetIndex].First);
                var (low, high) = clause.HasOwnBrand ? StretchSelector.ForTarget(map, clause) : (clause.Start, clause.End);
                TermScorer.AddTerms(map, evidence, clause, low, high, clause.Comparison, weight);
                var net = evidence.Positive - evidence.Negative - before;
                if (net == 0 && clause.OpensWithAdversative && previousNet != 0)
                {
                    evidence.Add(-Math.Sign(previousNet) * ImpliedContrast * weight, hedged: false);
                }

                previousNet = net;
                continue;
            }

            previousNet = 0;
        }

        return (evidence, region, clauses, subject);
    }
}
