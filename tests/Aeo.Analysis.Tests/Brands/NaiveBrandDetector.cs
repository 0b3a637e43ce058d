using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Tests.Brands;

/// <summary>
/// The slow, obvious reference: every term of every brand searched separately with IndexOf,
/// then the same overlap rule (longest, earliest, name > alias > domain, brand defined first).
/// Expects plain domains ("acme.com") and distinct brand names.
/// </summary>
internal static class NaiveBrandDetector
{
    public static List<(string Brand, int Count, int FirstOffset, int Rank, double Confidence)> Detect(
        IReadOnlyList<BrandDefinition> brands, string text)
    {
        var candidates = new List<(int Start, int Length, double Confidence, int Brand)>();
        for (var brand = 0; brand < brands.Count; brand++)
        {
            var terms = new[] { (brands[brand].Name, 1.0) }
                .Concat(brands[brand].Aliases.Select(a => (a, 0.9)))
                .Concat(brands[brand].Domains.Select(d => (d, 0.8)));
            foreach (var (term, confidence) in terms)
            {
                for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
                     at >= 0;
                     at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var end = at + term.Length;
                    var wordBefore = at > 0 && char.IsLetterOrDigit(text[at - 1]);
                    var wordAfter = end < text.Length && char.IsLetterOrDigit(text[end]);
                    if (!wordBefore && !wordAfter)
                    {
                        candidates.Add((at, term.Length, confidence, brand));
                    }
                }
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
}
