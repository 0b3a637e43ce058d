namespace Aeo.Analysis.Sentiment;

/// <summary>
/// One brand to judge in one answer: the answer's <see cref="Text"/> (markdown as the engine wrote it), the brand's
/// <see cref="Mentions"/> in it (offsets from the brand detector, in text order), the other tracked brands' mentions
/// (<see cref="OtherMentions"/>, so that what is said about them is not attributed to <see cref="Brand"/>) and, when
/// known, the <see cref="Question"/> the answer replies to (the stance is judged for what was asked). Providers also
/// treat the other targets of a batch over the same text as other mentions.
/// </summary>
public sealed record SentimentTarget
{
    public SentimentTarget(string text, string brand, IReadOnlyList<BrandSpan> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0)
        {
            throw new ArgumentException("A brand without mentions has no stance to judge.", nameof(mentions));
        }

        foreach (var mention in mentions)
        {
            if (mention.Start < 0 || mention.Length <= 0 || mention.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(mentions), mention, "A mention lies inside the text and is not empty.");
            }
        }

        Text = text;
        Brand = brand;
        Mentions = mentions.OrderBy(mention => mention.Start).Select(mention => mention with { Brand = brand }).ToArray();
    }

    public string Text { get; }

    public string Brand { get; }

    public IReadOnlyList<BrandSpan> Mentions { get; }

    public IReadOnlyList<BrandSpan> OtherMentions { get; init; } = [];

    public string? Question { get; init; }

    /// <summary>
    /// One target per brand in <paramref name="mentions"/> (in order of first mention), each carrying every other
    /// brand's mentions as <see cref="OtherMentions"/>: the usual way to judge every brand of one answer.
    /// </summary>
    public static IReadOnlyList<SentimentTarget> ForAnswer(string text, IReadOnlyList<BrandSpan> mentions, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return mentions
            .OrderBy(mention => mention.Start)
            .GroupBy(mention => mention.Brand, StringComparer.Ordinal)
            .Select(brand => new SentimentTarget(text, brand.Key, brand.ToArray())
            {
                OtherMentions = mentions.Where(other => !string.Equals(other.Brand, brand.Key, StringComparison.Ordinal)).ToArray(),
                Question = question,
            })
            .ToArray();
    }
}
