namespace Aeo.Analysis.Text;

/// <summary>
/// Sentence boundaries in plain (markup-blanked) text. A sentence ends at a line break, or at '.', '!',
/// '?' or '…' followed by whitespace (or the end) when the next word does not start in lower case and the
/// '.' does not close an abbreviation ("e.g.", "vs.", "Dr.", a single initial). So "hubspot.com" and
/// "e.g. Notion" stay inside their sentences.
/// </summary>
public static class SentenceBounds
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "vs", "etc", "approx", "incl", "cf", "mr", "mrs", "ms", "dr", "fig"];

    /// <summary>
    /// The sentence holding [<paramref name="start"/>, <paramref name="end"/>), reaching at most
    /// <paramref name="maxReach"/> chars before the start and after the end.
    /// </summary>
    public static (int Start, int End) Around(ReadOnlySpan<char> text, int start, int end, int maxReach)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxReach);
        var from = start;
        var limit = Math.Max(0, start - maxReach);
        while (from > limit && text[from - 1] != '\n' && !EndsSentence(text, from - 1))
        {
            from--;
        }

        while (from < start && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        var to = end;
        limit = Math.Min(text.Length, end + maxReach);
        while (to < limit && text[to] != '\n')
        {
            if (EndsSentence(text, to))
            {
                to++;
                break;
            }

            to++;
        }

        return (from, to);
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
