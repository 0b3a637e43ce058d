namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// A list item and its sub-bullets belong to the brand that opens the item. A brand named in passing in a sub-bullet
/// of another brand's item ("2. **Zoom**" / "- Cons: paying for both is hard to justify if Meet covers your needs")
/// is a reference, and the sub-bullet's praise or criticism is about the item's brand. Such a mention is read as
/// an aside, unless it leads its own sentence ("- Meet, by contrast, …"), its sentence names another brand (clause
/// ownership decides then), or it is compared ("slower than Meet", which says something of Meet too).
/// </summary>
internal static class ListItemOwner
{
    private const int MaxLinesUp = 12;

    public static bool IsReferenceInOtherBrandsItem(string markdown, BrandSpan mention, IReadOnlyList<BrandSpan> others)
    {
        var lineStart = markdown.LastIndexOf('\n', Math.Max(mention.Start - 1, 0)) + 1;
        var indent = Indent(markdown, lineStart);
        if (indent == 0 || ContentStart(markdown, lineStart) is not { } content || content > mention.Start)
        {
            return false;
        }

        var sentenceStart = SentenceStart(markdown, content, mention.Start);
        var lineEnd = markdown.IndexOf('\n', mention.End) is var end and >= 0 ? end : markdown.Length;
        if (markdown.AsSpan(sentenceStart, mention.Start - sentenceStart).Trim(" *_`").IsEmpty
            || others.Any(other => other.Start >= sentenceStart && other.Start < lineEnd))
        {
            return false;
        }

        var before = markdown[sentenceStart..mention.Start].ToLowerInvariant();
        if (StanceCues.Contains(before, RecommendationLexicon.ComparisonMarkers))
        {
            return false;
        }

        var line = lineStart;
        for (var up = 0; up < MaxLinesUp && line >= 2; up++)
        {
            var previous = markdown.LastIndexOf('\n', line - 2) + 1;
            line = previous;
            if (string.IsNullOrWhiteSpace(markdown[previous..(markdown.IndexOf('\n', previous) is var e and >= 0 ? e : markdown.Length)]))
            {
                return false;
            }

            if (Indent(markdown, previous) < indent)
            {
                return ContentStart(markdown, previous) is { } parent
                    && others.Any(other => other.Start >= parent && Markup(markdown.AsSpan(parent, other.Start - parent)));
            }
        }

        return false;
    }

    private static int Indent(string markdown, int lineStart)
    {
        var at = lineStart;
        while (at < markdown.Length && markdown[at] is ' ' or '\t')
        {
            at++;
        }

        return at - lineStart;
    }

    /// <summary>Where a list line's text starts, after its marker ("-", "*", "+", "1.", "2)"); null for a line that is no list item.</summary>
    private static int? ContentStart(string markdown, int lineStart)
    {
        var at = lineStart + Indent(markdown, lineStart);
        if (at < markdown.Length && markdown[at] is '-' or '*' or '+' && at + 1 < markdown.Length && markdown[at + 1] == ' ')
        {
            return at + 2;
        }

        var digits = at;
        while (digits < markdown.Length && char.IsAsciiDigit(markdown[digits]))
        {
            digits++;
        }

        return digits > at && digits + 1 < markdown.Length && markdown[digits] is '.' or ')' && markdown[digits + 1] == ' ' ? digits + 2 : null;
    }

    /// <summary>The start of the mention's sentence within its line: after the last '.', '!', '?', ':' or ';' before it.</summary>
    private static int SentenceStart(string markdown, int content, int mentionStart)
    {
        for (var at = mentionStart - 1; at >= content; at--)
        {
            if (markdown[at] is '!' or '?' or ':' or ';' || (markdown[at] == '.' && at + 1 < markdown.Length && markdown[at + 1] == ' '))
            {
                return at + 1;
            }
        }

        return content;
    }

    private static bool Markup(ReadOnlySpan<char> lead) => lead.Trim(" *_`[").IsEmpty;
}
