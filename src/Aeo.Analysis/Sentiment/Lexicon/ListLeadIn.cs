namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Finds the line that introduces a list or table ("The best CRMs for a small team:") on markup-blanked text, where
/// list markers, emphasis and table pipes are blanked, so items and rows start with white space. Walking up from an
/// item, lines starting with white space are sibling items; the lead-in is the first line that does not, or the first
/// non-blank line above a blank one (a blanked heading, or a table header above its blanked delimiter row).
/// (That walk also takes an unbranded sibling item followed by a blank line for the lead-in; it then merely lacks a cue.)
/// </summary>
internal static class ListLeadIn
{
    /// <summary>The character span of the line introducing the list that holds the line at <paramref name="lineStart"/>, if any.</summary>
    public static (int Start, int End)? Find(string text, int lineStart)
    {
        var line = PreviousLine(text, lineStart);
        while (line is { } current)
        {
            if (IsBlank(text, current))
            {
                return PreviousNonBlank(text, current.Start);
            }

            if (!char.IsWhiteSpace(text[current.Start]))
            {
                return current;
            }

            line = PreviousLine(text, current.Start);
        }

        return null;
    }

    private static (int Start, int End)? PreviousNonBlank(string text, int lineStart)
    {
        for (var line = PreviousLine(text, lineStart); line is { } current; line = PreviousLine(text, current.Start))
        {
            if (!IsBlank(text, current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The line ending just before <paramref name="lineStart"/> (without its line break), if any.</summary>
    private static (int Start, int End)? PreviousLine(string text, int lineStart)
    {
        if (lineStart == 0)
        {
            return null;
        }

        var end = lineStart - 1;
        var start = end;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        return (start, end);
    }

    private static bool IsBlank(string text, (int Start, int End) line) =>
        text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace();
}
