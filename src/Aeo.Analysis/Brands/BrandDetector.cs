namespace Aeo.Analysis.Brands;

/// <summary>
/// Finds tracked brands (by name, alias, generated variant or domain) in an answer. One pass of a
/// multi-pattern matcher over the markup-blanked, normalised text (<see cref="UnicodeComposition"/>) finds every
/// term of every brand; each match is then
/// verified (<see cref="TermVerifier"/>: word and domain boundaries, case rules, URLs), overlaps are
/// resolved (<see cref="OverlapResolver"/>), and common-word names need evidence of brand use
/// (<see cref="UsageEvidence"/>). Built once per set of brands; immutable and safe to share between threads.
/// </summary>
public sealed class BrandDetector
{
    private readonly BrandTermCatalog catalog;
    private readonly AhoCorasickMatcher matcher;
    private readonly BrandDetectorOptions options;

    public BrandDetector(IEnumerable<BrandDefinition> brands, BrandDetectorOptions? options = null)
    {
        this.options = options ?? new BrandDetectorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(this.options.MaxContexts, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(this.options.ContextRadius, nameof(options));

        catalog = BrandTermCatalog.Build(brands);
        matcher = new AhoCorasickMatcher(catalog.Patterns);
    }

    /// <summary>
    /// The brands found in <paramref name="text"/>, ordered by rank (1 = mentioned first). Offsets are into
    /// <paramref name="text"/> itself; markdown is read but never shifts them.
    /// </summary>
    public IReadOnlyList<BrandMention> Detect(string text) => Detect(text, question: null);

    /// <summary>
    /// The brands found in <paramref name="text"/>, an answer to <paramref name="question"/> (when known, it tells an
    /// echo of the question from a statement: see <see cref="EchoOrDisclaimerRule"/>).
    /// </summary>
    public IReadOnlyList<BrandMention> Detect(string text, string? question)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || catalog.Terms.Count == 0)
        {
            return [];
        }

        // The blanked copy lives only for this call: it is borrowed, like the working lists.
        var plainBuffer = ArrayPool<char>.Shared.Rent(text.Length);
        var scratch = DetectionScratch.Rent();
        try
        {
            var plain = plainBuffer.AsSpan(0, text.Length);
            MarkdownText.BlankMarkup(text, plain);
            UnicodeComposition.NormaliseInPlace(plain);
            return Detect(text, plainBuffer.AsMemory(0, text.Length), scratch, question);
        }
        finally
        {
            DetectionScratch.Return(scratch);
            ArrayPool<char>.Shared.Return(plainBuffer);
        }
    }

    private List<BrandMention> Detect(string text, ReadOnlyMemory<char> plainMemory, DetectionScratch scratch, string? question)
    {
        var plain = plainMemory.Span;
        var occurrences = scratch.Occurrences;
        matcher.FindAll(plain, occurrences);

        var candidates = scratch.Candidates;
        foreach (var occurrence in occurrences)
        {
            // Combining marks after the last letter ("e" + U+0301) belong to the mention.
            var length = occurrence.Length;
            while (occurrence.Start + length < plain.Length && TextFolding.IsIgnorable(plain[occurrence.Start + length]))
            {
                length++;
            }

            var (first, count) = catalog.TermsOfPattern[occurrence.TermIndex];
            for (var term = first; term < first + count; term++)
            {
                if (TermVerifier.Accepts(plain, occurrence.Start, length, catalog.Terms[term]))
                {
                    candidates.Add(new MentionCandidate(occurrence.Start, length, term));
                    break;
                }
            }
        }

        SpacedNames.Find(plain, matcher, catalog, scratch.Spaced, candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        OverlapResolver.Resolve(candidates, catalog.Terms, scratch.Kept);
        var listItems = ListParser.Parse(text);
        UsageEvidence.Decide(plain, text, candidates, catalog.Terms, listItems);
        candidates.RemoveAll(candidate => candidate.Confidence is null);
        IncludeLegalSuffixes(plain, candidates);
        var mentions = Summarise(text, plain, candidates, listItems);
        return mentions.Count == 0 ? mentions : WithStanding(text, plainMemory, question, mentions, listItems);
    }

    // What each brand is named for (visibility, or only to say nothing is known, or only in an echo or disclaimer) and its prominence.
    private List<BrandMention> WithStanding(
        string text, ReadOnlyMemory<char> plain, string? question, List<BrandMention> mentions, IReadOnlyList<ListItem> listItems)
    {
        var sentences = new SentenceIndex(plain);
        var prominence = Prominence.Of(sentences, listItems, [.. mentions.Select(m => m.Spans)]);
        var namedInQuestion = string.IsNullOrWhiteSpace(question) ? [] : BrandsNamedIn(question);
        var questionWords = string.IsNullOrWhiteSpace(question) ? null : EchoOrDisclaimerRule.ContentWords(question);
        for (var i = 0; i < mentions.Count; i++)
        {
            var others = mentions.Where((_, j) => j != i).SelectMany(m => m.Spans).ToList();
            var unknown = UnknownToEngineRule.Applies(sentences, mentions[i].Spans, others);
            mentions[i] = mentions[i] with
            {
                UnknownToEngine = unknown,
                EchoOrDisclaimerOnly = !unknown
                    && EchoOrDisclaimerRule.Applies(sentences, text, mentions[i].Spans, namedInQuestion.Contains(mentions[i].Brand) ? questionWords : null),
                Prominence = prominence[i],
            };
        }

        return mentions;
    }

    private HashSet<string> BrandsNamedIn(string question)
    {
        var plain = UnicodeComposition.Normalise(question).AsSpan();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var occurrences = new List<TermOccurrence>();
        matcher.FindAll(plain, occurrences);
        foreach (var occurrence in occurrences)
        {
            var (first, count) = catalog.TermsOfPattern[occurrence.TermIndex];
            for (var term = first; term < first + count; term++)
            {
                if (TermVerifier.Accepts(plain, occurrence.Start, occurrence.Length, catalog.Terms[term]))
                {
                    named.Add(catalog.BrandNames[catalog.Terms[term].BrandIndex]);
                }
            }
        }

        return named;
    }

    // "HubSpot, Inc." is one mention whose span covers the suffix, unless the suffix is another mention.
    private static void IncludeLegalSuffixes(ReadOnlySpan<char> plain, List<MentionCandidate> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var suffix = LegalSuffixes.MeasureAfter(plain, mentions[i].End);
            if (suffix > 0 && (i + 1 == mentions.Count || mentions[i + 1].Start >= mentions[i].End + suffix))
            {
                mentions[i] = mentions[i] with { Length = mentions[i].Length + suffix };
            }
        }
    }

    private List<BrandMention> Summarise(string text, ReadOnlySpan<char> plain, List<MentionCandidate> mentions, IReadOnlyList<ListItem> listItems)
    {
        var tallies = new List<BrandTally>();
        var tallyByBrand = new Dictionary<int, BrandTally>();
        var brandList = -1;
        var item = 0;

        foreach (var mention in mentions)
        {
            var term = catalog.Terms[mention.TermIndex];
            if (!tallyByBrand.TryGetValue(term.BrandIndex, out var tally))
            {
                tally = new BrandTally(term.BrandIndex);
                tallyByBrand.Add(term.BrandIndex, tally);
                tallies.Add(tally);
            }

            var confidence = mention.Confidence ?? throw new InvalidOperationException("Only decided mentions are summarised.");
            tally.Spans.Add(new MentionSpan(mention.Start, mention.Length, mention.KindOf(term), confidence));
            tally.Confidence = Math.Max(tally.Confidence, confidence);

            // Items and mentions are both in text order: one forward walk finds each mention's item.
            while (item < listItems.Count && listItems[item].End <= mention.Start)
            {
                item++;
            }

            if (item < listItems.Count && listItems[item].Contains(mention.Start))
            {
                brandList = brandList < 0 ? listItems[item].List : brandList;
                if (listItems[item].List == brandList)
                {
                    tally.ListPosition ??= listItems[item].Position;
                }
            }

            if (tally.Contexts.Count < options.MaxContexts)
            {
                var context = ContextExtractor.Extract(text, plain, mention.Start, mention.End, options.ContextRadius);
                if (context.Length > 0 && !tally.Contexts.Contains(context))
                {
                    tally.Contexts.Add(context);
                }
            }
        }

        var brands = new List<BrandMention>(tallies.Count);
        foreach (var tally in tallies)
        {
            brands.Add(new BrandMention(
                catalog.BrandNames[tally.BrandIndex],
                tally.Spans.Count,
                tally.Spans[0].Start,
                Rank: brands.Count + 1,
                tally.Contexts,
                tally.Confidence,
                tally.ListPosition,
                tally.Spans));
        }

        return brands;
    }

    private sealed class BrandTally(int brandIndex)
    {
        public int BrandIndex { get; } = brandIndex;

        public List<MentionSpan> Spans { get; } = [];

        public List<string> Contexts { get; } = [];

        public int? ListPosition { get; set; }

        /// <summary>The best confidence among <see cref="Spans"/>.</summary>
        public double Confidence { get; set; } = double.NegativeInfinity;
    }
}
