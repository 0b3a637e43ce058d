namespace Aeo.Analysis.Brands;

/// <summary>
/// A brand found in a text. <see cref="Count"/> is the number of <see cref="Spans"/>;
/// <see cref="FirstOffset"/> is the char offset of the first; <see cref="Rank"/> is 1 for the brand
/// mentioned first among the tracked brands; <see cref="Contexts"/> are the sentences around the first
/// mentions (markup blanked, whitespace collapsed, bounded in count and length); <see cref="Confidence"/>
/// is the best span confidence (see <see cref="MentionConfidence"/>); <see cref="ListPosition"/> is the
/// 1-based item of the first list or table that holds any tracked brand in which this brand first
/// appears, or null when it is not in that list.
/// </summary>
public sealed record BrandMention(
    string Brand,
    int Count,
    int FirstOffset,
    int Rank,
    IReadOnlyList<string> Contexts,
    double Confidence,
    int? ListPosition,
    IReadOnlyList<MentionSpan> Spans)
{
    /// <summary>
    /// The brand is named only so the engine can say it knows nothing about it ("I couldn't find reliable information
    /// about X"; see <see cref="UnknownToEngineRule"/>). It is still a mention with a rank, but not visibility.
    /// </summary>
    public bool UnknownToEngine { get; init; }

    /// <summary>
    /// The brand is named only in an echo of the question or in a disclaimer ("Since you're leaving X, …", "This
    /// comparison doesn't cover X"; see <see cref="EchoOrDisclaimerRule"/>). Also a mention, but not visibility.
    /// </summary>
    public bool EchoOrDisclaimerOnly { get; init; }

    /// <summary>The position-weighted share of the answer's words in sentences about the brand, in [0, 1] (see <see cref="Brands.Prominence"/>).</summary>
    public double Prominence { get; init; }
}
