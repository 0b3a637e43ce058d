namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Tokens <see cref="Start"/>..<see cref="End"/> of a region, cut at contrast markers and sentence ends.
/// <see cref="Weight"/> is 1, or the concessive marker's weight for an "although …" clause.
/// </summary>
internal sealed class Clause(int start, int end, double weight, bool opensWithAdversative)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public double Weight { get; } = weight;

    public bool OpensWithAdversative { get; } = opensWithAdversative;

    /// <summary>Indices into the mention list of mentions that start in this clause.</summary>
    public List<int> Mentions { get; } = [];

    /// <summary>The comparison in this clause and the brand mention it compares with, if any.</summary>
    public (Term Pivot, int ObjectMention)? Comparison { get; set; }

    /// <summary>Whether the target brand is what this clause talks about (named in it, or inherited from the clause before).</summary>
    public bool OwnedByTarget { get; set; }

    /// <summary>Whether some brand is named in this clause as its subject (not only as a comparison's object).</summary>
    public bool HasOwnBrand { get; set; }
}
