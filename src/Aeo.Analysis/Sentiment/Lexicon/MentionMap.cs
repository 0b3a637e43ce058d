namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// The brand mentions of one analyzed text laid over its tokens, for judging one of them (the target): every mention
/// as a token range in text order, which token belongs to which mention, and which mentions count as the target. A
/// mention that covers no word, or overlaps one already placed (the target is placed first), is left out. Mentions of
/// the target's brand elsewhere in the text count as the target too: praise of the brand two sentences on is still
/// about it.
/// </summary>
internal sealed class MentionMap
{
    private MentionMap(AnalyzedText text, List<MentionRange> mentions, int targetIndex)
    {
        Text = text;
        Mentions = mentions;
        TargetIndex = targetIndex;
    }

    public AnalyzedText Text { get; }

    public List<Token> Tokens => Text.Tokens;

    /// <summary>The mentions in text order.</summary>
    public List<MentionRange> Mentions { get; }

    /// <summary>The index in <see cref="Mentions"/> of the mention being judged.</summary>
    public int TargetIndex { get; }

    public static MentionMap Build(AnalyzedText text, BrandSpan target, IEnumerable<BrandSpan> others)
    {
        var targetTokens = text.WordTokensIn(target.Start, target.End)
            ?? throw new ArgumentException($"The mention of '{target.Brand}' at {target.Start} covers no word of the text.", nameof(target));

        var mentions = new List<MentionRange> { new(targetTokens.First, targetTokens.Last, IsTarget: true) };
        foreach (var other in others)
        {
            if (text.WordTokensIn(other.Start, other.End) is { } tokens && !Overlaps(mentions, tokens.First, tokens.Last))
            {
                var sameBrand = string.Equals(other.Brand, target.Brand, StringComparison.OrdinalIgnoreCase);
                mentions.Add(new MentionRange(tokens.First, tokens.Last, sameBrand));
            }
        }

        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        var targetIndex = mentions.FindIndex(m => m.First == targetTokens.First);
        return new MentionMap(text, mentions, targetIndex);
    }

    private static bool Overlaps(List<MentionRange> mentions, int first, int last)
    {
        foreach (var m in mentions)
        {
            if (m.First <= last && first <= m.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index in <see cref="Mentions"/> of the mention covering the token, or -1 when none does.</summary>
    public int MentionAt(int token)
    {
        // The mentions are sorted and never overlap: the last one starting at or before the token is the only candidate.
        var low = 0;
        var high = Mentions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Mentions[middle].First <= token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 && Mentions[low - 1].Last >= token ? low - 1 : -1;
    }

    /// <summary>Whether any token of <paramref name="first"/>..<paramref name="last"/> belongs to a mention.</summary>
    public bool AnyMentionIn(int first, int last)
    {
        if (first > last)
        {
            return false;
        }

        foreach (var mention in Mentions)
        {
            if (mention.First <= last && first <= mention.Last)
            {
                return true;
            }
        }

        return false;
    }
}
