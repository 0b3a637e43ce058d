namespace Aeo.Analysis.Brands;

/// <summary>
/// Scripts written without spaces between words: Han (Chinese characters and Japanese kanji), Hiragana, Katakana,
/// Thai, Lao, Khmer and Myanmar. Running text in them has no word boundaries, so a name in them matches wherever its
/// letters are, and a name next to one of their letters ("Sonyの") is bounded by the change of script.
/// </summary>
internal static class ScriptsWithoutSpaces
{
    private static readonly (char First, char Last)[] Ranges =
    [
        ('\u0E00', '\u0E7F'), // Thai
        ('\u0E80', '\u0EFF'), // Lao
        ('\u1000', '\u109F'), // Myanmar
        ('\u1780', '\u17FF'), // Khmer
        ('\u3005', '\u3007'), // ideographic iteration and number marks
        ('\u3040', '\u30FF'), // Hiragana, Katakana
        ('\u31F0', '\u31FF'), // Katakana phonetic extensions
        ('\u3400', '\u4DBF'), // CJK extension A
        ('\u4E00', '\u9FFF'), // CJK unified ideographs
        ('\uF900', '\uFAFF'), // CJK compatibility ideographs
        ('\uFF66', '\uFF9F'), // halfwidth Katakana
    ];

    public static bool Contains(char c)
    {
        foreach (var (first, last) in Ranges)
        {
            if (c >= first && c <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a boundary between <paramref name="before"/> and <paramref name="after"/> needs no space: either is written without spaces.</summary>
    public static bool EitherSide(char before, char after) => Contains(before) || Contains(after);
}
