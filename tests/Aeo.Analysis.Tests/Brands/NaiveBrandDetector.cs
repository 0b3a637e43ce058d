using System.Text.RegularExpressions;

namespace Aeo.Analysis.Tests.Brands;

/// <summary>
/// The slow, obvious reference: every spelling of every brand searched separately in the markup-blanked
/// text (a regex per spelling in which a run of spaces or tabs stands for a space), each hit checked against the documented rules, then the same overlap rule (longest, earliest, stronger kind,
/// brand defined first). Spellings: the name (1.0); for a name of several space-separated words the words
/// joined (0.85), and hyphenated (0.85); a one-token name or alias respaced into capitalised words (0.85, 0.9);
/// each alias (0.9); each domain and the
/// name's letters + ".com" (0.8). Rules: no letter or digit touching a hit (except a plural possessive
/// "s'"), a word is not one label of a dotted name, a domain has no '-' or '_' beside it, and a term of
/// three letters or fewer matches only in its own case, and a hyphenated or spaced term only with its
/// words capitalised as defined.
/// Expects plain text without URL paths glued to names, plain domains ("acme.com"), camel-case-free names
/// that are not common words, and distinct brand names.
/// </summary>
internal static class NaiveBrandDetector
{
    public static List<(string Brand, int Count, int FirstOffset, int Rank, double Confidence)> Detect(
        IReadOnlyList<BrandDefinition> brands, string text)
    {
        var plain = MarkdownText.BlankMarkup(text);
        var candidates = new List<(int Start, int Length, double Confidence, int Brand)>();
        for (var brand = 0; brand < brands.Count; brand++)
        {
            foreach (var (term, confidence, isDomain, capitalisedWords) in Spellings(brands[brand]))
            {
                var pattern = new Regex(
                    string.Join(@"[ \t]+", term.Split(' ').Select(Regex.Escape)),
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                for (var match = pattern.Match(plain); match.Success; match = pattern.Match(plain, match.Index + 1))
                {
                    var found = Regex.Replace(match.Value, @"[ \t]+", " ");
                    var accepted = (isDomain ? DomainBoundaries(plain, match.Index, match.Length) : WordBoundaries(plain, match.Index, match.Length))
                        && (isDomain || term.Count(char.IsLetter) > 3 || found == term)
                        && (!(capitalisedWords || term.Contains(' ')) || InitialsAgree(found, term));
                    if (accepted)
                    {
                        candidates.Add((match.Index, match.Length, confidence, brand));
                    }
                }
            }

            foreach (var (start, length, confidence) in Respaced(brands[brand], plain))
            {
                candidates.Add((start, length, confidence, brand));
            }
        }

        var kept = new List<(int Start, int Length, double Confidence, int Brand)>();
        foreach (var candidate in candidates
                     .OrderByDescending(c => c.Length)
                     .ThenBy(c => c.Start)
                     .ThenByDescending(c => c.Confidence)
                     .ThenBy(c => c.Brand))
        {
            var overlaps = kept.Any(k => candidate.Start < k.Start + k.Length && k.Start < candidate.Start + candidate.Length);
            if (!overlaps)
            {
                kept.Add(candidate);
            }
        }

        return kept
            .GroupBy(k => k.Brand)
            .Select(g => (Brand: brands[g.Key].Name, Count: g.Count(), FirstOffset: g.Min(k => k.Start), Confidence: g.Max(k => k.Confidence)))
            .OrderBy(b => b.FirstOffset)
            .Select((b, i) => (b.Brand, b.Count, b.FirstOffset, i + 1, b.Confidence))
            .ToList();
    }

    private static IEnumerable<(string Term, double Confidence, bool IsDomain, bool CapitalisedWords)> Spellings(BrandDefinition brand)
    {
        yield return (brand.Name, 1.0, false, false);
        var words = brand.Name.Split(' ');
        if (words.Length > 1)
        {
            yield return (string.Concat(words), 0.85, false, false);
            yield return (string.Join('-', words), 0.85, false, true);
        }

        var compact = string.Concat(words).ToLowerInvariant();
        if (compact.Length >= 3)
        {
            yield return (compact + ".com", 0.8, true, false);
        }

        foreach (var alias in brand.Aliases)
        {
            yield return (alias, 0.9, false, false);
        }

        foreach (var domain in brand.Domains)
        {
            yield return (domain, 0.8, true, false);
        }
    }

    // A one-token name of four letters or more written as capitalised words of two letters or more, one space or
    // hyphen apart ("Lu Koxi" for "Lukoxi"): 0.85 for the name, 0.9 for an alias.
    private static IEnumerable<(int Start, int Length, double Confidence)> Respaced(BrandDefinition brand, string plain)
    {
        foreach (var (term, confidence) in brand.Aliases.Select(alias => (alias, 0.9)).Prepend((brand.Name, 0.85)))
        {
            if (term.Length < 4 || !term.All(char.IsLetterOrDigit) || CommonWordBrandNames.IsCommonWord(term))
            {
                continue;
            }

            var pattern = new Regex(string.Join("[ -]?", term.Select(c => Regex.Escape(c.ToString()))), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var match = pattern.Match(plain); match.Success; match = pattern.Match(plain, match.Index + 1))
            {
                var pieces = match.Value.Split(' ', '-');
                if (pieces.Length > 1 && pieces.All(piece => piece.Length >= 2 && (char.IsUpper(piece[0]) || char.IsDigit(piece[0])))
                    && WordBoundaries(plain, match.Index, match.Length))
                {
                    yield return (match.Index, match.Length, confidence);
                }
            }
        }
    }

    private static bool WordBoundaries(string text, int at, int length)
    {
        var end = at + length;
        var before = at > 0 && (char.IsLetterOrDigit(text[at - 1]) || (text[at - 1] == '.' && at > 1 && char.IsLetterOrDigit(text[at - 2])));
        var pluralPossessive = end + 1 < text.Length && text[end] == 's' && text[end + 1] == '\''
            && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]));
        var after = end < text.Length && ((char.IsLetterOrDigit(text[end]) && !pluralPossessive) || DottedAfter(text, end));
        return !before && !after;
    }

    private static bool DomainBoundaries(string text, int at, int length)
    {
        var end = at + length;
        var before = at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '-' or '_');
        var after = end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' || DottedAfter(text, end));
        return !before && !after;
    }

    private static bool DottedAfter(string text, int end) => text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]);

    private static bool InitialsAgree(string found, string term) =>
        Enumerable.Range(0, term.Length).All(i =>
            !(char.IsUpper(term[i]) && (i == 0 || !char.IsLetterOrDigit(term[i - 1]))) || char.IsUpper(found[i]));
}
