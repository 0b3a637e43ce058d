namespace Aeo.Analysis.Tests.Brands;

/// <summary>
/// The obvious reference for <see cref="AhoCorasickMatcher"/>: fold the text, cut every white-space run to
/// its first char (remembering where each kept char came from), then try every term at every position.
/// </summary>
internal static class NaiveTermSearch
{
    public static List<TermOccurrence> FindAll(IReadOnlyList<string> terms, string text)
    {
        var kept = new List<char>();
        var origin = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var folded = TextFolding.FoldChar(text[i]);
            if (folded == ' ' && i > 0 && TextFolding.FoldChar(text[i - 1]) == ' ')
            {
                continue;
            }

            kept.Add(folded);
            origin.Add(i);
        }

        var collapsedText = new string([.. kept]);
        var occurrences = new List<TermOccurrence>();
        for (var termIndex = 0; termIndex < terms.Count; termIndex++)
        {
            var key = CollapseSpaces(TextFolding.Fold(terms[termIndex]));
            if (key.Length == 0)
            {
                continue;
            }

            for (var at = 0; at + key.Length <= collapsedText.Length; at++)
            {
                if (string.CompareOrdinal(collapsedText, at, key, 0, key.Length) == 0)
                {
                    var start = origin[at];
                    var end = origin[at + key.Length - 1];
                    occurrences.Add(new TermOccurrence(start, end - start + 1, termIndex));
                }
            }
        }

        return occurrences;
    }

    /// <summary>Occurrences in one canonical order, so two searches can be compared as multisets.</summary>
    public static List<TermOccurrence> Sorted(IEnumerable<TermOccurrence> occurrences) =>
        [.. occurrences.OrderBy(o => o.Start).ThenBy(o => o.Length).ThenBy(o => o.TermIndex)];

    private static string CollapseSpaces(string folded)
    {
        var parts = folded.Split(' ');
        return string.Join(' ', parts.Where((part, index) => part.Length > 0 || index == 0 || index == parts.Length - 1));
    }
}
