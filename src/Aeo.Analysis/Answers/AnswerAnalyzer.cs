using Aeo.Analysis.Brands;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Sentiment;
using Aeo.Analysis.Text;

namespace Aeo.Analysis.Answers;

/// <summary>
/// Analyzes answers for one set of tracked brands: detects the brands, judges the sentiment at every mention
/// (one batch per answer, so an LLM judge sees the answer once) and classifies the sources. The sources are
/// the ones the engine reported; when it reported none, the links written in the answer count as cited.
/// Immutable and safe to share; build one per brand set, since building the detector is the costly part.
/// </summary>
public sealed class AnswerAnalyzer
{
    private readonly BrandDetector detector;
    private readonly IReadOnlyList<TrackedDomainOwner> owners;
    private readonly ISentimentProvider sentiment;

    public AnswerAnalyzer(IReadOnlyList<BrandDefinition> brands, ISentimentProvider sentiment, BrandDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(sentiment);
        detector = new BrandDetector(brands, options);
        owners = brands.Select(b => new TrackedDomainOwner(b.Name, b.Domains ?? [])).ToArray();
        this.sentiment = sentiment;
    }

    public async Task<AnalyzedAnswer> AnalyzeAsync(string text, IReadOnlyList<Citation> reportedSources, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reportedSources);

        var mentions = detector.Detect(text);
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
        var results = await sentiment.AnalyzeManyAsync(SentimentTarget.ForAnswer(MarkdownText.BlankMarkup(text), spans), ct);
        var byBrand = spans
            .Zip(results, (span, result) => (span.Brand, Span: span.Start, Result: result))
            .ToLookup(x => x.Brand, StringComparer.Ordinal);

        var analyzed = mentions
            .Select(mention =>
            {
                var perMention = byBrand[mention.Brand].OrderBy(x => x.Span).Select(x => x.Result).ToArray();
                return new AnalyzedMention(mention, perMention, SentimentResult.Combine(perMention));
            })
            .ToList();
        return new AnalyzedAnswer(analyzed, citations);
    }
}
