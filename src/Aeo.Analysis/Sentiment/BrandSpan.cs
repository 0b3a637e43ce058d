namespace Aeo.Analysis.Sentiment;

/// <summary>Where a brand is mentioned in a text: <see cref="Start"/> and <see cref="Length"/> are char offsets.</summary>
public readonly record struct BrandSpan(int Start, int Length, string Brand)
{
    public int End => Start + Length;
}
