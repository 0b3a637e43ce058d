namespace Aeo.Analysis.Brands;

/// <summary>
/// Keeps one match per span of text: longest match first, then the earliest, then the stronger
/// kind (name over alias over name variant over domain), then the brand defined first. So "Salesforce
/// Marketing Cloud" claims its whole span and "Salesforce" inside it is not counted again.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>Replaces <paramref name="candidates"/> with the kept ones, in text order; <paramref name="kept"/> is an empty working list.</summary>
    public static void Resolve(List<MentionCandidate> candidates, IReadOnlyList<BrandTerm> terms, List<MentionCandidate> kept)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        candidates.Sort((a, b) =>
        {
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byStart = a.Start.CompareTo(b.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byKind = MentionConfidence.Strength(terms[b.TermIndex].Kind).CompareTo(MentionConfidence.Strength(terms[a.TermIndex].Kind));
            if (byKind != 0)
            {
                return byKind;
            }

            return terms[a.TermIndex].BrandIndex.CompareTo(terms[b.TermIndex].BrandIndex);
        });

        foreach (var candidate in candidates)
        {
            var at = FirstStartingAtOrAfter(kept, candidate.Start);
            var overlapsNext = at < kept.Count && kept[at].Start < candidate.End;
            var overlapsPrevious = at > 0 && kept[at - 1].End > candidate.Start;
            if (!overlapsNext && !overlapsPrevious)
            {
                kept.Insert(at, candidate);
            }
        }

        candidates.Clear();
        candidates.AddRange(kept);
        kept.Clear();
    }

    private static int FirstStartingAtOrAfter(List<MentionCandidate> sortedByStart, int start)
    {
        int low = 0, high = sortedByStart.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sortedByStart[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
