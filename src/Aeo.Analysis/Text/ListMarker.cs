namespace Aeo.Analysis.Text;

/// <summary>Which kind of block a list item line belongs to.</summary>
public enum ListKind
{
    /// <summary>"1." "1)" "①": an ordered list.</summary>
    Numbered,

    /// <summary>"-" "*" "+" "•": an unordered list.</summary>
    Bulleted,

    /// <summary>A markdown table; each row after the header is an item.</summary>
    Table,
}

/// <summary>Recognises the marker that opens a list item line.</summary>
internal static class ListMarker
{
    private const int MaxOrdinalDigits = 9;

    /// <summary>
    /// The length of the list marker at <paramref name="at"/> (0 when there is none). A marker must be
    /// followed by a space, a tab or the end of the line, except a circled number, which may touch its text.
    /// </summary>
    public static int Measure(ReadOnlySpan<char> line, int at, out ListKind kind)
    {
        kind = ListKind.Bulleted;
        if (at >= line.Length)
        {
            return 0;
        }

        var c = line[at];
        if (c is >= '\u2460' and <= '\u2473')
        {
            kind = ListKind.Numbered;
            return 1;
        }

        if (c is '-' or '*' or '+' or '•' or '◦' or '▪' or '‣')
        {
            return IsGap(line, at + 1) ? 1 : 0;
        }

        var digits = 0;
        while (at + digits < line.Length && char.IsAsciiDigit(line[at + digits]) && digits < MaxOrdinalDigits)
        {
            digits++;
        }

        if (digits > 0 && at + digits < line.Length && line[at + digits] is '.' or ')' && IsGap(line, at + digits + 1))
        {
            kind = ListKind.Numbered;
            return digits + 1;
        }

        return 0;
    }

    private static bool IsGap(ReadOnlySpan<char> line, int index) => index >= line.Length || line[index] is ' ' or '\t' or '\r';
}
