namespace Aeo.Analysis.Text;

/// <summary>
/// Blanks markdown markup to spaces, char for char, so every offset in the result is the same offset in
/// the original text. Blanked: emphasis and strike-through markers, heading and quote prefixes, list
/// markers, inline-code backticks, table pipes and delimiter rows, rules and code fences, HTML tags,
/// escapes, and the syntax of links and images — including the link target, which is a citation rather
/// than prose. Link text, cell text and code text are kept.
/// </summary>
public static class MarkdownText
{
    // Every char that can open inline markup; the run of prose between two of them is left as it is.
    private static readonly SearchValues<char> InlineMarkup = SearchValues.Create("`|\\![<*_~");

    /// <summary>The text with its markup blanked; the same length as <paramref name="text"/>.</summary>
    public static string BlankMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (destination, source) => BlankMarkup(source, destination));
    }

    /// <summary>Writes <paramref name="text"/> with its markup blanked into <paramref name="destination"/>.</summary>
    public static void BlankMarkup(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (destination.Length < text.Length)
        {
            throw new ArgumentException("The destination is shorter than the text.", nameof(destination));
        }

        text.CopyTo(destination);
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text[lineStart..].IndexOf('\n');
            var lineEnd = newline < 0 ? text.Length : lineStart + newline;
            BlankLine(destination[lineStart..lineEnd]);
            lineStart = lineEnd + 1;
        }
    }

    private static void BlankLine(Span<char> line)
    {
        if (MarkdownLines.IsRuleOrFence(line) || MarkdownLines.IsTableDelimiter(line))
        {
            line.Fill(' ');
            return;
        }

        var isTableRow = MarkdownLines.IsTableRow(line);
        var position = BlankBlockPrefixes(line);
        while (position < line.Length)
        {
            var next = line[position..].IndexOfAny(InlineMarkup);
            if (next < 0)
            {
                return;
            }

            position = BlankInline(line, position + next, isTableRow);
        }
    }

    // Quote markers, then a heading's hashes or a list marker, at the start of the line.
    private static int BlankBlockPrefixes(Span<char> line)
    {
        var position = MarkdownLines.Indent(line);
        while (position < line.Length && line[position] == '>')
        {
            line[position] = ' ';
            position = SkipSpaces(line, position + 1);
        }

        var hashes = 0;
        while (position + hashes < line.Length && line[position + hashes] == '#' && hashes < 6)
        {
            hashes++;
        }

        if (hashes > 0 && (position + hashes == line.Length || line[position + hashes] is ' ' or '\t'))
        {
            line.Slice(position, hashes).Fill(' ');
            return SkipSpaces(line, position + hashes);
        }

        var marker = ListMarker.Measure(line, position, out _);
        line.Slice(position, marker).Fill(' ');
        return position + marker;
    }

    private static int BlankInline(Span<char> line, int at, bool isTableRow)
    {
        var c = line[at];
        switch (c)
        {
            case '`':
                line[at] = ' ';
                return at + 1;
            case '|' when isTableRow:
                line[at] = ' ';
                return at + 1;
            case '\\' when at + 1 < line.Length && (char.IsPunctuation(line[at + 1]) || char.IsSymbol(line[at + 1])):
                line[at] = ' ';
                return at + 2;
            case '!' when at + 1 < line.Length && line[at + 1] == '[' && BlankLink(line, at + 1):
                line[at] = ' ';
                return at + 2;
            case '[':
                BlankLink(line, at);
                return at + 1;
            case '<':
                return BlankTag(line, at);
            case '*' or '_' or '~':
                return BlankEmphasis(line, at);
            default:
                return at + 1;
        }
    }

    // "[text](target)", "[text][ref]" and "[ref]: target" lose everything but the text.
    private static bool BlankLink(Span<char> line, int open)
    {
        var close = line[(open + 1)..].IndexOf(']');
        if (close < 0)
        {
            return false;
        }

        close += open + 1;
        var after = close + 1;
        if (after < line.Length && line[after] == '(')
        {
            var end = ClosingParenthesis(line, after);
            if (end < 0)
            {
                return false;
            }

            line[open] = ' ';
            line[close..(end + 1)].Fill(' ');
            return true;
        }

        if (after < line.Length && line[after] == '[')
        {
            var end = line[(after + 1)..].IndexOf(']');
            if (end < 0)
            {
                return false;
            }

            line[open] = ' ';
            line[close..(after + 1 + end + 1)].Fill(' ');
            return true;
        }

        if (after < line.Length && line[after] == ':' && MarkdownLines.Indent(line) == open)
        {
            line[open..].Fill(' ');
            return true;
        }

        return false;
    }

    private static int ClosingParenthesis(ReadOnlySpan<char> line, int open)
    {
        var depth = 0;
        for (var i = open; i < line.Length; i++)
        {
            if (line[i] == '(')
            {
                depth++;
            }
            else if (line[i] == ')' && --depth == 0)
            {
                return i;
            }
            else if (line[i] == ' ' && depth == 1 && i + 1 < line.Length && line[i + 1] != '"')
            {
                // A space inside a target is only allowed before a quoted title: this is prose in parentheses.
                return -1;
            }
        }

        return -1;
    }

    // "<b>", "</div>", "<br/>" are blanked whole; "<https://x.com>" loses only its angle brackets.
    private static int BlankTag(Span<char> line, int open)
    {
        var next = open + 1;
        if (next >= line.Length || !(char.IsAsciiLetter(line[next]) || line[next] is '/' or '!'))
        {
            return open + 1;
        }

        var close = line[next..].IndexOf('>');
        if (close < 0)
        {
            return open + 1;
        }

        close += next;
        var inside = line[next..close];
        if (inside.IndexOf("://", StringComparison.Ordinal) > 0 && !inside.ContainsAny(" \t\"'"))
        {
            line[open] = ' ';
            line[close] = ' ';
        }
        else
        {
            line[open..(close + 1)].Fill(' ');
        }

        return close + 1;
    }

    // A run of '*', '_' or "~~" is markup unless it sits inside a word ("snake_case", "2*3").
    private static int BlankEmphasis(Span<char> line, int at)
    {
        var marker = line[at];
        var end = at;
        while (end < line.Length && line[end] == marker)
        {
            end++;
        }

        var insideWord = at > 0 && char.IsLetterOrDigit(line[at - 1]) && end < line.Length && char.IsLetterOrDigit(line[end]);
        if (!insideWord && (marker != '~' || end - at >= 2))
        {
            line[at..end].Fill(' ');
        }

        return end;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int at)
    {
        while (at < line.Length && line[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }
}
