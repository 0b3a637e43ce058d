namespace Aeo.Analysis.Brands;

/// <summary>The sentence around a mention, cut to at most <c>radius</c> chars on each side, trimmed.</summary>
internal static class ContextExtractor
{
    public static string Extract(string text, int start, int length, int radius)
    {
        var from = SentenceStart(text, start, Math.Max(0, start - radius));
        var to = SentenceEnd(text, start + length, Math.Min(text.Length, start + length + radius));
        return text[from..to].Trim();
    }

    private static int SentenceStart(string text, int mentionStart, int limit)
    {
        for (var i = mentionStart - 1; i >= limit; i--)
        {
            if (text[i] == '\n' || (IsTerminator(text[i]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static int SentenceEnd(string text, int mentionEnd, int limit)
    {
        for (var i = mentionEnd; i < limit; i++)
        {
            if (text[i] == '\n')
            {
                return i;
            }

            // "hubspot.com" is not the end of a sentence; ". " and a final "." are.
            if (IsTerminator(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?';
}
