namespace Aeo.Analysis.Sentiment;

/// <summary>
/// One brand mention to judge: the whole answer <see cref="Text"/> and the span of the mention in it
/// (offsets from the brand detector). <see cref="OtherMentions"/> are the other tracked brands' mentions
/// in the same text, so that what is said about them is not attributed to <see cref="Brand"/>; providers
/// also treat the other targets of a batch over the same text as other mentions.
/// </summary>
public sealed record SentimentTarget
{
    public SentimentTarget(string text, int start, int length, string brand)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length, nameof(length));
        Text = text;
        Start = start;
        Length = length;
        Brand = brand;
    }

    public string Text { get; }

    public int Start { get; }

    public int Length { get; }

    public string Brand { get; }

    public IReadOnlyList<BrandSpan> OtherMentions { get; init; } = [];

    public BrandSpan Mention => new(Start, Length, Brand);

    /// <summary>
    /// One target per mention in <paramref name="mentions"/>, each carrying all the others as
    /// <see cref="OtherMentions"/>: the usual way to judge every brand mention of one answer.
    /// </summary>
    public static IReadOnlyList<SentimentTarget> ForAnswer(string text, IReadOnlyList<BrandSpan> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions
            .Select(mention => new SentimentTarget(text, mention.Start, mention.Length, mention.Brand)
            {
                OtherMentions = mentions.Where(other => other != mention).ToArray(),
            })
            .ToArray();
    }
}
