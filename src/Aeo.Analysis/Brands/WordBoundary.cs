using System.Buffers;
using System.Text;

namespace Aeo.Analysis.Brands;

/// <summary>A match is a whole word when no letter or digit touches it on either side.</summary>
internal static class WordBoundary
{
    /// <summary>Whether the span [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of <paramref name="text"/> is a whole word.</summary>
    public static bool IsWholeWord(string text, int start, int length) => IsWholeWord(text.AsSpan(), start, length);

    /// <inheritdoc cref="IsWholeWord(string, int, int)"/>
    /// <remarks>
    /// ASCII, the usual neighbour, is settled with a range test; other chars go through their Unicode category,
    /// surrogate pairs as the code point they encode.
    /// </remarks>
    public static bool IsWholeWord(ReadOnlySpan<char> text, int start, int length) =>
        !IsWordCharBefore(text, start) && !IsWordCharAt(text, start + length);

    private static bool IsWordCharBefore(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0)
        {
            return false;
        }

        var previous = text[index - 1];
        if (char.IsAscii(previous))
        {
            return char.IsAsciiLetterOrDigit(previous);
        }

        return char.IsLowSurrogate(previous)
            ? Rune.DecodeLastFromUtf16(text[..index], out var rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune)
            : char.IsLetterOrDigit(previous);
    }

    private static bool IsWordCharAt(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        var next = text[index];
        if (char.IsAscii(next))
        {
            return char.IsAsciiLetterOrDigit(next);
        }

        return char.IsHighSurrogate(next)
            ? Rune.DecodeFromUtf16(text[index..], out var rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune)
            : char.IsLetterOrDigit(next);
    }
}
