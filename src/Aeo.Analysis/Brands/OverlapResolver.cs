namespace Aeo.Analysis.Brands;

/// <summary>
/// Keeps one match per span of text: longest match first, then the earliest, then the stronger
/// kind (name over alias over domain), then the brand defined first. So "Salesforce Marketing Cloud"
/// claims its whole span and "Salesforce" inside it is not counted again.
/// </summary>
internal static class OverlapResolver
{
    public static List<TermOccurrence> Resolve(List<TermOccurrence> candidates, IReadOnlyList<BrandTerm> terms, int textLength)
    {
        candidates.Sort((a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0) return byLength;
            var byStart = a.Start.CompareTo(b.Start);
            if (byStart != 0) return byStart;
            var byKind = terms[b.TermIndex].Kind.CompareTo(terms[a.TermIndex].Kind);
            if (byKind != 0) return byKind;
            return terms[a.TermIndex].BrandIndex.CompareTo(terms[b.TermIndex].BrandIndex);
        });

        var claimed = new bool[textLength];
        var kept = new List<TermOccurrence>();
        foreach (var candidate in candidates)
        {
            // Everything already kept is at least as long, so an overlap must cover one of our ends.
            if (claimed[candidate.Start] || claimed[candidate.Start + candidate.Length - 1])
            {
                continue;
            }

            Array.Fill(claimed, true, candidate.Start, candidate.Length);
            kept.Add(candidate);
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
