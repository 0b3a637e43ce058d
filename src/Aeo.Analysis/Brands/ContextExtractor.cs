namespace Aeo.Analysis.Brands;

/// <summary>
/// The sentence around a mention as a reader would see it: taken from the markup-blanked text, at most
/// <c>radius</c> chars either side of the mention (cut back to a whole word), table cells kept apart by
/// " | ", whitespace collapsed, trimmed.
/// </summary>
internal static class ContextExtractor
{
    // The default radius (120 either side) fits on the stack; a larger one borrows a pooled buffer.
    private const int StackChars = 512;

    public static string Extract(ReadOnlySpan<char> original, ReadOnlySpan<char> plain, int start, int end, int radius)
    {
        var (from, to) = SentenceBounds.Around(plain, start, end, radius);
        while (from < start && from > 0 && char.IsLetterOrDigit(plain[from - 1]) && char.IsLetterOrDigit(plain[from]))
        {
            from++;
        }

        while (to > end && to < plain.Length && char.IsLetterOrDigit(plain[to - 1]) && char.IsLetterOrDigit(plain[to]))
        {
            to--;
        }

        var rented = to - from > StackChars ? ArrayPool<char>.Shared.Rent(to - from) : null;
        var context = rented ?? stackalloc char[StackChars];
        var length = 0;
        var pendingSpace = false;
        var source = plain[from..to];
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                // A table's pipes are blanked in the plain text; the context keeps them as cell separators.
                if (original[from + i] != '|')
                {
                    pendingSpace = length > 0;
                    continue;
                }

                c = '|';
            }
            else
            {
                // The reader's own text, not the normalised copy matching ran on.
                c = original[from + i];
            }

            if (pendingSpace)
            {
                context[length++] = ' ';
                pendingSpace = false;
            }

            context[length++] = c;
        }

        var result = new string(((ReadOnlySpan<char>)context[..length]).Trim(" |"));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }
}
