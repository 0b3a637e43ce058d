namespace Aeo.Analysis.Text;

/// <summary>
/// The paragraphs around a line of markdown, for rules that read an answer as a sequence of paragraphs or items
/// ("**Xero** is …", "Wave, popular in …"). A paragraph is a run of non-blank lines; each list item and table row is
/// one of its own. Headings and blank lines between paragraphs are passed over, so the paragraph before
/// "## Also consider\nFront, if …" is the one before the heading.
/// </summary>
public static class NeighbourParagraphs
{
    /// <summary>
    /// Where the text of the paragraph before and the paragraph after the one holding <paramref name="offset"/>
    /// starts (its first non-blank char after any list marker or markup, read in <paramref name="plain"/>, the text
    /// with its markup blanked); -1 where there is none.
    /// </summary>
    public static (int Previous, int Next) Around(string text, ReadOnlySpan<char> plain, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Lines(text);
        var current = lines.FindLastIndex(line => line.Start <= offset);
        var own = UnitStart(text, lines, current);

        var previous = -1;
        for (var i = own - 1; i >= 0; i--)
        {
            if (!IsSkipped(text, lines[i]))
            {
                previous = UnitStart(text, lines, i);
                break;
            }
        }

        var next = -1;
        for (var i = current + 1; i < lines.Count; i++)
        {
            if (IsSkipped(text, lines[i]))
            {
                continue;
            }

            if (i == UnitStart(text, lines, i))
            {
                next = i;
                break;
            }
        }

        return (previous < 0 ? -1 : FirstChar(plain, lines[previous]), next < 0 ? -1 : FirstChar(plain, lines[next]));
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.AsSpan(start).IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    // The first line of the paragraph holding line i: back over non-blank lines that start no item of their own.
    private static int UnitStart(string text, List<(int Start, int End)> lines, int i)
    {
        while (i > 0 && !StartsUnit(text, lines[i]) && !IsSkipped(text, lines[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool StartsUnit(string text, (int Start, int End) line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        var indent = MarkdownLines.Indent(span);
        return MarkdownLines.IsTableRow(span) || ListMarker.Measure(span, indent, out _) > 0;
    }

    private static bool IsSkipped(string text, (int Start, int End) line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        return MarkdownLines.IsBlank(span) || span.TrimStart().StartsWith('#') || MarkdownLines.IsRuleOrFence(span)
            || MarkdownLines.IsTableDelimiter(span);
    }

    private static int FirstChar(ReadOnlySpan<char> plain, (int Start, int End) line)
    {
        var at = plain[line.Start..line.End].IndexOfAnyExcept(" \t\r");
        return at < 0 ? -1 : line.Start + at;
    }
}
