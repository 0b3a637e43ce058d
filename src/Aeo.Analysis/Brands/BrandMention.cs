namespace Aeo.Analysis.Brands;

/// <summary>
/// A brand found in a text. <see cref="FirstOffset"/> is a char offset into the analysed text;
/// <see cref="Rank"/> is 1 for the brand mentioned first; <see cref="Confidence"/> is the best
/// confidence among the brand's matches (name 1.0, alias 0.9, domain 0.8).
/// </summary>
public sealed record BrandMention(
    string Brand,
    int Count,
    int FirstOffset,
    int Rank,
    IReadOnlyList<string> Contexts,
    double Confidence);
