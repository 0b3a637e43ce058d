namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// What <see cref="MentionEvaluator"/> read about one mention: its evidence, the mentions laid over the tokens, the
/// region and its clauses (ownership assigned), and whether the target is the subject of a clause it owns.
/// </summary>
internal sealed record MentionReading(Evidence Evidence, MentionMap Map, MentionRegion Region, List<Clause> Clauses, bool Subject)
{
    public int RegionStart => Map.Tokens[Region.Start].Start;

    public int RegionEnd => Map.Tokens[Region.End].End;
}
