namespace Aeo.Analysis.Brands;

/// <summary>
/// Brings text and terms to one form before they are compared, as NFC and NFKC would: halfwidth and fullwidth forms
/// become their plain chars ("ＨＰ" → "HP", "ｶﾞ" → "カ" + voicing mark), a char followed by a combining mark it
/// composes with becomes the composite ("カ" + U+3099 → "ガ", "й" from "и" + U+0306), and Hangul jamo become their
/// syllable. A text keeps its length, so every offset stays an offset into the original: a composite is written
/// where its first char was and each mark it absorbed becomes <see cref="TextFolding.Ignorable"/>, which matching
/// skips (as it skips Latin combining marks, since folding reduces Latin letters to their base: "e" + U+0301
/// matches "é"). Terms, which have no offsets to keep, lose the absorbed and the ignorable marks.
/// </summary>
internal static class UnicodeComposition
{
    private const char HangulFirst = '\uAC00';
    private const char LeadFirst = '\u1100';
    private const char VowelFirst = '\u1161';
    private const char TrailBase = '\u11A7';
    private const int Leads = 19, Vowels = 21, Trails = 28;
    private const char WidthFirst = '\uFF01';
    private const char FirstCombining = '\u0300';

    private static readonly Dictionary<int, char> Compositions = BuildCompositions();
    private static readonly char[] WidthMap = BuildWidthMap();

    /// <summary>Normalises <paramref name="text"/> in place (see the class summary); its length does not change.</summary>
    public static void NormaliseInPlace(Span<char> text)
    {
        var starter = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < FirstCombining)
            {
                // Below U+0300 nothing composes or is a width form: most answers are all such chars.
                starter = i;
                continue;
            }

            c = Widen(c);
            text[i] = c;
            if (starter >= 0 && TryCompose(text[starter], c, out var composite))
            {
                text[starter] = composite;
                text[i] = TextFolding.Ignorable;
                continue;
            }

            if (c == TextFolding.Ignorable || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                // A mark that composes with nothing leaves the starter open for the marks after it.
                continue;
            }

            starter = i;
        }
    }

    /// <summary>The normalised form of a term, without the marks it absorbed or any other char that matching ignores.</summary>
    public static string Normalise(string term)
    {
        var chars = term.ToCharArray();
        NormaliseInPlace(chars);
        return new string([.. chars.Where(c => !TextFolding.IsIgnorable(c))]);
    }

    private static char Widen(char c) =>
        c >= WidthFirst && c - WidthFirst < WidthMap.Length && WidthMap[c - WidthFirst] != '\0' ? WidthMap[c - WidthFirst] : c;

    private static bool TryCompose(char first, char second, out char composite)
    {
        if (first >= LeadFirst && first < LeadFirst + Leads && second >= VowelFirst && second < VowelFirst + Vowels)
        {
            composite = (char)(HangulFirst + ((first - LeadFirst) * Vowels + (second - VowelFirst)) * Trails);
            return true;
        }

        if (first >= HangulFirst && first < HangulFirst + Leads * Vowels * Trails && (first - HangulFirst) % Trails == 0
            && second > TrailBase && second < TrailBase + Trails)
        {
            composite = (char)(first + (second - TrailBase));
            return true;
        }

        return Compositions.TryGetValue((first << 16) | second, out composite);
    }

    private static Dictionary<int, char> BuildCompositions()
    {
        var compositions = new Dictionary<int, char>(UnicodeCompositionData.Composites.Length);
        for (var i = 0; i < UnicodeCompositionData.Composites.Length; i++)
        {
            compositions.Add((UnicodeCompositionData.Firsts[i] << 16) | UnicodeCompositionData.Seconds[i], UnicodeCompositionData.Composites[i]);
        }

        return compositions;
    }

    private static char[] BuildWidthMap()
    {
        var map = new char[UnicodeCompositionData.WidthForms[^1] - WidthFirst + 1];
        for (var i = 0; i < UnicodeCompositionData.WidthForms.Length; i++)
        {
            map[UnicodeCompositionData.WidthForms[i] - WidthFirst] = UnicodeCompositionData.WidthTargets[i];
        }

        return map;
    }
}
