namespace Aeo.Analysis.Brands;

/// <summary>A match is a whole word when no letter or digit touches it on either side.</summary>
internal static class WordBoundary
{
    public static bool IsWholeWord(string text, int start, int length) =>
        !IsWordCharBefore(text, start) && !IsWordCharAt(text, start + length);

    private static bool IsWordCharBefore(string text, int index)
    {
        if (index <= 0)
        {
            return false;
        }

        var previous = index - 1;
        if (char.IsLowSurrogate(text[previous]) && previous > 0 && char.IsHighSurrogate(text[previous - 1]))
        {
            previous--;
        }

        return char.IsLetterOrDigit(text, previous);
    }

    private static bool IsWordCharAt(string text, int index) =>
        index < text.Length && char.IsLetterOrDigit(text, index);
}
