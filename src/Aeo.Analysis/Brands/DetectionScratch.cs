namespace Aeo.Analysis.Brands;

/// <summary>
/// The working lists of one <see cref="BrandDetector.Detect(string)"/> call, kept for the next call on the same thread
/// so that a call allocates little beyond its results. Rent, use, return: a rent while another is out (another
/// detector on the same thread) gets fresh lists, so no two calls ever share them.
/// </summary>
internal sealed class DetectionScratch
{
    // A list grown past this by an unusually long text is let go, not kept alive for the thread's lifetime.
    private const int MaxKeptCapacity = 1 << 14;

    [ThreadStatic]
    private static DetectionScratch? cached;

    public List<TermOccurrence> Occurrences { get; } = [];

    public List<MentionCandidate> Candidates { get; } = [];

    /// <summary>The occurrences found in runs of capitalised words read without their spaces (see <see cref="SpacedNames"/>).</summary>
    public List<TermOccurrence> Spaced { get; } = [];

    /// <summary>The mentions kept while overlaps are resolved (see <see cref="OverlapResolver"/>).</summary>
    public List<MentionCandidate> Kept { get; } = [];

    public static DetectionScratch Rent()
    {
        var scratch = cached ?? new DetectionScratch();
        cached = null;
        return scratch;
    }

    public static void Return(DetectionScratch scratch)
    {
        if (scratch.Occurrences.Capacity > MaxKeptCapacity || scratch.Candidates.Capacity > MaxKeptCapacity
            || scratch.Kept.Capacity > MaxKeptCapacity || scratch.Spaced.Capacity > MaxKeptCapacity)
        {
            return;
        }

        scratch.Occurrences.Clear();
        scratch.Candidates.Clear();
        scratch.Kept.Clear();
        scratch.Spaced.Clear();
        cached = scratch;
    }
}
