namespace Aeo.Analysis.Text;

/// <summary>
/// The paragraphs around a line of markdown, for rules that read an answer as a sequence of paragraphs or items
/// ("**Xero** is …", "Wave, popular in …"). A paragraph is a run of non-blank lines; each list item and table row is
/// one of its own. Headings and blank lines between paragraphs are passed over, so the paragraph before
/// "## Also consider\nFront, if …" is the one before the heading. Lines are read outward from the offset, so a call
/// costs the neighbourhood it reads, not the whole text.
/// </summary>
public static class NeighbourParagraphs
{
    /// <summary>
    /// Where the text of the paragraph before and the paragraph after the one holding <paramref name="offset"/>
    /// starts (its first non-blank char after any list marker or markup, read in <paramref name="plain"/>, the text
    /// with its markup blanked); -1 where there is none.
    /// </summary>
    public static (int Previous, int Next) Around(ReadOnlySpan<char> text, ReadOnlySpan<char> plain, int offset)
    {
        var own = UnitStart(text, LineStart(text, offset));

        var previous = -1;
        for (var line = PreviousLine(text, own); line >= 0; line = PreviousLine(text, line))
        {
            if (!IsSkipped(Line(text, line)))
            {
                previous = UnitStart(text, line);
                break;
            }
        }

        var next = -1;
        for (var line = NextLine(text, LineStart(text, offset)); line >= 0; line = NextLine(text, line))
        {
            if (!IsSkipped(Line(text, line)) && UnitStart(text, line) == line)
            {
                next = line;
                break;
            }
        }

        return (previous < 0 ? -1 : FirstChar(plain, text, previous), next < 0 ? -1 : FirstChar(plain, text, next));
    }

    // The first line of the paragraph holding the line at `line`: back over non-blank lines that start no item of their own.
    private static int UnitStart(ReadOnlySpan<char> text, int line)
    {
        while (!StartsUnit(Line(text, line)) && PreviousLine(text, line) is var before and >= 0 && !IsSkipped(Line(text, before)))
        {
            line = before;
        }

        return line;
    }

    private static bool StartsUnit(ReadOnlySpan<char> line) =>
        MarkdownLines.IsTableRow(line) || ListMarker.Measure(line, MarkdownLines.Indent(line), out _) > 0;

    private static bool IsSkipped(ReadOnlySpan<char> line) =>
        MarkdownLines.IsBlank(line) || line.TrimStart().StartsWith('#') || MarkdownLines.IsRuleOrFence(line) || MarkdownLines.IsTableDelimiter(line);

    private static int FirstChar(ReadOnlySpan<char> plain, ReadOnlySpan<char> text, int line)
    {
        var at = plain[line..LineEnd(text, line)].IndexOfAnyExcept(" \t\r");
        return at < 0 ? -1 : line + at;
    }

    private static ReadOnlySpan<char> Line(ReadOnlySpan<char> text, int start) => text[start..LineEnd(text, start)];

    private static int LineStart(ReadOnlySpan<char> text, int offset) => text[..offset].LastIndexOf('\n') + 1;

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        var newline = text[start..].IndexOf('\n');
        return newline < 0 ? text.Length : start + newline;
    }

    private static int PreviousLine(ReadOnlySpan<char> text, int start) => start == 0 ? -1 : LineStart(text, start - 1);

    private static int NextLine(ReadOnlySpan<char> text, int start)
    {
        var end = LineEnd(text, start);
        return end >= text.Length ? -1 : end + 1;
    }
}
