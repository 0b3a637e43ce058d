using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;

namespace Aeo.Analysis.Answers;

/// <summary>
/// Analyzes answers for one set of tracked brands: detects the brands, judges the answer's stance towards each of
/// them with the configured provider (one batch per answer, so an LLM judge sees the answer once), reads what the
/// lexicon finds at each mention (in the stance's own pass when the lexicon is the provider), and classifies the sources. The sources are
/// the ones the engine reported; when it reported none, the links written in the answer count as cited.
/// Immutable and safe to share; build one per brand set, since building the detector (and normalising the brands'
/// domains) is the costly part.
/// </summary>
public sealed class AnswerAnalyzer
{
    private readonly BrandDetector detector;
    private readonly PreparedDomainOwners owners;
    private static readonly LexiconSentimentProvider MentionReadings = new();

    private readonly ISentimentProvider sentiment;

    public AnswerAnalyzer(IReadOnlyList<BrandDefinition> brands, ISentimentProvider sentiment, BrandDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(sentiment);
        detector = new BrandDetector(brands, options);
        owners = new PreparedDomainOwners(brands.Select(b => new TrackedDomainOwner(b.Name, b.Domains ?? [])).ToArray());
        this.sentiment = sentiment;
    }

    /// <param name="question">
    /// The question the answer replies to, when known: the stance is judged for what was asked, and an echo of the
    /// question is told from a statement about a brand.
    /// </param>
    public async Task<AnalyzedAnswer> AnalyzeAsync(string text, IReadOnlyList<Citation> reportedSources, CancellationToken ct, string? question = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reportedSources);

        var mentions = detector.Detect(text, question);
        var sources = reportedSources.Count > 0 ? reportedSources : CitationExtractor.FromText(text);
        var citations = CitationAnalysis.For(sources, owners);
        if (mentions.Count == 0)
        {
            return new AnalyzedAnswer([], citations);
        }

        var spans = mentions
            .SelectMany(mention => mention.Spans.Select(span => new BrandSpan(span.Start, span.Length, mention.Brand)))
            .OrderBy(span => span.Start)
            .ToList();
        var targets = SentimentTarget.ForAnswer(text, spans, question);
        IReadOnlyList<SentimentResult> stances;
        IReadOnlyList<IReadOnlyList<SentimentResult>> readings;
        if (sentiment is LexiconSentimentProvider lexicon)
        {
            ct.ThrowIfCancellationRequested();
            (stances, readings) = lexicon.AnalyzeWithReadings(targets);
        }
        else
        {
            stances = await sentiment.AnalyzeManyAsync(targets, ct);
            readings = MentionReadings.AnalyzeMentions(targets);
        }

        var analyzed = new List<AnalyzedMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            var target = TargetOf(targets, mention.Brand);
            analyzed.Add(new AnalyzedMention(mention, readings[target], stances[target]));
        }

        return new AnalyzedAnswer(analyzed, citations);
    }

    private static int TargetOf(IReadOnlyList<SentimentTarget> targets, string brand)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (string.Equals(targets[i].Brand, brand, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"No sentiment target for '{brand}'.");
    }
}
