namespace Aeo.Analysis.Brands;

/// <summary>
/// Finds brands (by name, alias or domain) in answer texts: case-insensitive, whole words only,
/// one brand per span of text. The matcher over all terms is built once here; the detector is
/// immutable and safe to share between threads.
/// </summary>
public sealed class BrandDetector
{
    private readonly BrandTermCatalog _catalog;
    private readonly AhoCorasickMatcher _matcher;
    private readonly BrandDetectorOptions _options;

    public BrandDetector(IEnumerable<BrandDefinition> brands, BrandDetectorOptions? options = null)
    {
        _options = options ?? new BrandDetectorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(_options.MaxContexts, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ContextRadius, nameof(options));

        _catalog = BrandTermCatalog.Build(brands);
        _matcher = new AhoCorasickMatcher(_catalog.Terms.Select(term => term.FoldedText).ToArray());
    }

    /// <summary>The brands found in <paramref name="text"/>, ordered by rank (1 = mentioned first).</summary>
    public IReadOnlyList<BrandMention> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || _catalog.Terms.Count == 0)
        {
            return [];
        }

        var occurrences = new List<TermOccurrence>();
        _matcher.FindAll(text, occurrences);
        occurrences.RemoveAll(occurrence => !WordBoundary.IsWholeWord(text, occurrence.Start, occurrence.Length));

        var matches = OverlapResolver.Resolve(occurrences, _catalog.Terms, text.Length);
        return Summarise(text, matches);
    }

    private List<BrandMention> Summarise(string text, List<TermOccurrence> matchesInTextOrder)
    {
        var tallies = new Dictionary<int, BrandTally>();
        var brandsInOrderOfFirstMention = new List<int>();

        foreach (var match in matchesInTextOrder)
        {
            var term = _catalog.Terms[match.TermIndex];
            if (!tallies.TryGetValue(term.BrandIndex, out var tally))
            {
                tally = new BrandTally(match.Start);
                tallies.Add(term.BrandIndex, tally);
                brandsInOrderOfFirstMention.Add(term.BrandIndex);
            }

            tally.Add(term.Kind.Confidence());
            if (tally.Contexts.Count < _options.MaxContexts)
            {
                var context = ContextExtractor.Extract(text, match.Start, match.Length, _options.ContextRadius);
                if (context.Length > 0 && !tally.Contexts.Contains(context))
                {
                    tally.Contexts.Add(context);
                }
            }
        }

        return brandsInOrderOfFirstMention
            .Select((brandIndex, position) =>
            {
                var tally = tallies[brandIndex];
                return new BrandMention(
                    _catalog.BrandNames[brandIndex],
                    tally.Count,
                    tally.FirstOffset,
                    Rank: position + 1,
                    tally.Contexts.ToArray(),
                    tally.Confidence);
            })
            .ToList();
    }

    private sealed class BrandTally(int firstOffset)
    {
        public int FirstOffset { get; } = firstOffset;

        public int Count { get; private set; }

        public double Confidence { get; private set; }

        public List<string> Contexts { get; } = [];

        public void Add(double confidence)
        {
            Count++;
            Confidence = Math.Max(Confidence, confidence);
        }
    }
}
