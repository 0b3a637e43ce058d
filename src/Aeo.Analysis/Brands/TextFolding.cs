namespace Aeo.Analysis.Brands;

/// <summary>
/// The folding applied to terms and texts before they are compared. It maps char to char, so a
/// folded text has the same length as the original and its offsets are the original's:
/// <list type="bullet">
/// <item>lower case (invariant);</item>
/// <item>precomposed Latin letters lose their diacritics (é → e, ü → u, ñ → n, ç → c, ø → o; ß stays ß);</item>
/// <item>typographic apostrophes (’ ‘ ʼ) become ', and the dashes ‐ ‑ ‒ – — become -;</item>
/// <item>every white-space char (tab, newline, no-break space, thin space…) becomes a space;</item>
/// <item>combining diacritical marks (U+0300–U+036F and their extensions), the kana voicing marks, zero-width
/// spaces and joiners and the soft hyphen become <see cref="Ignorable"/>, which matching skips: "e" + U+0301 is
/// "é" is "e", "Hub\u00ADSpot" is "HubSpot".</item>
/// </list>
/// Folding is idempotent. The whole mapping is one 64K-entry table built on first use.
/// </summary>
internal static class TextFolding
{
    /// <summary>What an ignorable char folds to: U+034F COMBINING GRAPHEME JOINER, itself invisible and meaningless.</summary>
    public const char Ignorable = '\u034F';

    private static readonly char[] Table = BuildTable();

    /// <summary>Whether <paramref name="c"/> folds to <see cref="Ignorable"/>.</summary>
    public static bool IsIgnorable(char c) => Table[c] == Ignorable;

    /// <summary>The folded form of one UTF-16 code unit (surrogates are returned unchanged).</summary>
    public static char FoldChar(char c) => Table[c];

    /// <summary>The text folded char by char; same length as <paramref name="text"/>.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Table[source[i]];
        }
    });

    private static char[] BuildTable()
    {
        var baseLetters = new Dictionary<char, char>();
        for (var i = 0; i < LatinBaseLetters.Precomposed.Length; i++)
        {
            baseLetters.Add(LatinBaseLetters.Precomposed[i], LatinBaseLetters.Bases[i]);
        }

        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            table[c] = baseLetters.TryGetValue(lower, out var letter) || baseLetters.TryGetValue((char)c, out letter)
                ? letter
                : lower;
        }

        foreach (var apostrophe in "\u2018\u2019\u02BC")
        {
            table[apostrophe] = '\'';
        }

        foreach (var dash in "\u2010\u2011\u2012\u2013\u2014")
        {
            table[dash] = '-';
        }

        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                table[c] = ' ';
            }
        }

        foreach (var (first, last) in (ReadOnlySpan<(char, char)>)
                 [('\u0300', '\u036F'), ('\u1AB0', '\u1AFF'), ('\u1DC0', '\u1DFF'), ('\u20D0', '\u20FF'), ('\uFE20', '\uFE2F'),
                  ('\u3099', '\u309A'), ('\u200B', '\u200D'), ('\u2060', '\u2060'), ('\uFEFF', '\uFEFF'), ('\u00AD', '\u00AD')])
        {
            for (var c = first; c <= last; c++)
            {
                table[c] = Ignorable;
            }
        }

        return table;
    }
}
