namespace Aeo.Analysis.Brands;

/// <summary>
/// Finds one-token names written as several words: "AZ Coatings" for a brand configured as "azcoatings", "Sales Force"
/// for "Salesforce". Only runs of capitalised words (each starting with a capital or a digit, one space or hyphen
/// apart, on one line) are read without their spaces, and a match counts only when it starts where a word of the run
/// starts, ends where one ends and spans two words or more of two letters or more ("Acm E" is not "Acme"), so
/// letters are never borrowed from a neighbouring word (and the word boundaries and URLs are checked as for any match,
/// <see cref="TermVerifier.AcceptsRespaced"/>):
/// "pa cme" is not "Acme" (lower case), nor is "Pa Cme" (the match would start inside "Pa"). The term must be a name
/// or alias as configured, a word of four letters or more that is no common word, since "As Ana" should not become Asana by accident of spacing
/// and "Go Od" is nobody's brand. The reverse, a name configured with spaces found joined ("azcoatings" for
/// "AZ Coatings"), is a generated variant (<see cref="TermVariants"/>).
/// </summary>
internal static class SpacedNames
{
    private const int MinTermLetters = 4;
    private const int MaxRunChars = 256;

    public static void Find(
        ReadOnlySpan<char> text, AhoCorasickMatcher matcher, BrandTermCatalog catalog, List<TermOccurrence> found, List<MentionCandidate> candidates)
    {
        Span<char> squeezed = stackalloc char[MaxRunChars];
        Span<int> origin = stackalloc int[MaxRunChars];
        Span<bool> wordStart = stackalloc bool[MaxRunChars];
        var at = 0;
        while (at < text.Length)
        {
            var (runStart, runEnd, words) = NextRun(text, at);
            if (runStart < 0)
            {
                return;
            }

            at = runEnd;
            if (words < 2 || runEnd - runStart > MaxRunChars)
            {
                continue;
            }

            var length = 0;
            for (var i = runStart; i < runEnd; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    wordStart[length] = i == runStart || !char.IsLetterOrDigit(text[i - 1]);
                    origin[length] = i;
                    squeezed[length++] = text[i];
                }
            }

            found.Clear();
            matcher.FindAll(squeezed[..length], found);
            foreach (var occurrence in found)
            {
                var last = occurrence.Start + occurrence.Length - 1;
                var end = origin[last] + 1;
                var endsWord = last + 1 == length || wordStart[last + 1];
                var spansWords = origin[last] - origin[occurrence.Start] != last - occurrence.Start;
                if (!wordStart[occurrence.Start] || !endsWord || !spansWords || HasOneLetterWord(wordStart, occurrence.Start, last))
                {
                    continue;
                }

                var start = origin[occurrence.Start];
                if (!TermVerifier.AcceptsRespaced(text, start, end))
                {
                    continue;
                }

                var (first, count) = catalog.TermsOfPattern[occurrence.TermIndex];
                for (var term = first; term < first + count; term++)
                {
                    if (IsOneToken(catalog.Terms[term]))
                    {
                        candidates.Add(new MentionCandidate(start, end - start, term) { Respaced = true });
                        break;
                    }
                }
            }
        }
    }

    // A word of one letter in the match ("Acm E"): spacing that splits off a single letter is a typo, not a spelling.
    private static bool HasOneLetterWord(ReadOnlySpan<bool> wordStart, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (wordStart[i] && (i == last || wordStart[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // A name or alias as configured, not a spelling generated from one ("ZohoCRM" is not to be respaced again).
    private static bool IsOneToken(BrandTerm term) =>
        term.Kind is BrandTermKind.Name or BrandTermKind.Alias && term.Ambiguity == WordAmbiguity.None && !term.Has(TermRules.DomainLike)
        && term.Text.Length >= MinTermLetters && term.Text.All(char.IsLetterOrDigit) && !CommonWordBrandNames.IsEnglishWord(term.Text);

    // The next run of capitalised words at or after `from`: its span and how many words it has; (-1, 0, 0) if none.
    private static (int Start, int End, int Words) NextRun(ReadOnlySpan<char> text, int from)
    {
        var at = from;
        while (at < text.Length)
        {
            if (text[at] is >= 'a' and <= 'z' or ' ')
            {
                // The common case, quickly: nothing that starts a run.
                at++;
                continue;
            }

            if (IsWordStart(text, at) && IsCapitalised(text[at]) && StartsTwoWordRun(text, at))
            {
                var start = at;
                var words = 0;
                var end = at;
                while (true)
                {
                    var wordEnd = end;
                    while (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd]))
                    {
                        wordEnd++;
                    }

                    words++;
                    end = wordEnd;

                    // One space or hyphen, then another capitalised word, continues the run.
                    if (end + 1 < text.Length && text[end] is ' ' or '-' && IsCapitalised(text[end + 1]))
                    {
                        end++;
                        continue;
                    }

                    return (start, end, words);
                }
            }

            at++;
        }

        return (-1, 0, 0);
    }

    // A capitalised word followed, after one space or hyphen, by another: the least a run needs.
    private static bool StartsTwoWordRun(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end + 1 < text.Length && text[end] is ' ' or '-' && IsCapitalised(text[end + 1]);
    }

    private static bool IsWordStart(ReadOnlySpan<char> text, int at) =>
        char.IsLetterOrDigit(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]));

    private static bool IsCapitalised(char c) => char.IsUpper(c) || char.IsDigit(c);
}
