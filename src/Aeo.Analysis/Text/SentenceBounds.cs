namespace Aeo.Analysis.Text;

/// <summary>
/// Sentence boundaries in plain (markup-blanked) text. A sentence ends at a line break, or at '.', '!',
/// '?' or '…' followed by whitespace (or the end) when the next word does not start in lower case and the
/// '.' does not close an abbreviation ("e.g.", "vs.", "Dr.", a single initial). So "hubspot.com" and
/// "e.g. Notion" stay inside their sentences.
/// </summary>
public static class SentenceBounds
{
    // Where a sentence can end: only at these chars are the rules of EndsSentence worth checking.
    private static readonly SearchValues<char> LineOrSentenceEnds = SearchValues.Create("\n.!?…");

    private static readonly string[] Abbreviations = ["e.g", "i.e", "vs", "etc", "approx", "incl", "cf", "mr", "mrs", "ms", "dr", "fig"];

    /// <summary>
    /// The sentence holding [<paramref name="start"/>, <paramref name="end"/>), reaching at most
    /// <paramref name="maxReach"/> chars before the start and after the end.
    /// </summary>
    public static (int Start, int End) Around(ReadOnlySpan<char> text, int start, int end, int maxReach)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxReach);
        var from = StartBefore(text, start, Math.Max(0, start - maxReach));
        while (from < start && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return (from, EndAfter(text, end, Math.Min(text.Length, end + maxReach)));
    }

    // Just past the last line break or sentence end in [limit, start), or limit if there is none.
    private static int StartBefore(ReadOnlySpan<char> text, int start, int limit)
    {
        var before = text[limit..start];
        for (var at = before.LastIndexOfAny(LineOrSentenceEnds); at >= 0; at = before[..at].LastIndexOfAny(LineOrSentenceEnds))
        {
            if (before[at] == '\n' || EndsSentence(text, limit + at))
            {
                return limit + at + 1;
            }
        }

        return limit;
    }

    // At the first line break, or just past the first sentence end, in [end, limit); limit if there is neither.
    private static int EndAfter(ReadOnlySpan<char> text, int end, int limit)
    {
        var at = end;
        while (at < limit)
        {
            var next = text[at..limit].IndexOfAny(LineOrSentenceEnds);
            if (next < 0)
            {
                break;
            }

            at += next;
            if (text[at] == '\n')
            {
                return at;
            }

            if (EndsSentence(text, at))
            {
                return at + 1;
            }

            at++;
        }

        return limit;
    }

    /// <summary>
    /// Whether the word at <paramref name="index"/> is the first of its sentence (opening quotes, brackets
    /// and blanked markup before it are ignored).
    /// </summary>
    public static bool StartsSentence(ReadOnlySpan<char> text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }

            if (c is ' ' or '\t' or '\r' or '"' or '“' or '‘' or '\'' or '(' or '[' or '*' or '_')
            {
                continue;
            }

            return EndsSentence(text, i);
        }

        return true;
    }

    /// <summary>Whether the char at <paramref name="index"/> ends a sentence.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var next = index + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or ')' or '*' or '_')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]) && text[next] != '\n')
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        return c != '.' || !ClosesAbbreviation(text, index);
    }

    private static bool ClosesAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
