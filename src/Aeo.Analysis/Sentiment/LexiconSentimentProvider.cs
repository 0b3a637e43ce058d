using Aeo.Analysis.Sentiment.Lexicon;
using Aeo.Analysis.Text;

namespace Aeo.Analysis.Sentiment;

/// <summary>
/// Local, deterministic sentiment for recommendation language. Each mention is read by a domain lexicon of a few
/// hundred words and phrases with rules for scope (the clauses about the mentioned brand, not about other brands),
/// negation, intensifiers and diminishers, contrast ("but", "although"), comparatives ("better than", "outperforms",
/// "over") and hedges (<c>MentionEvaluator</c> in <c>Sentiment/Lexicon</c> lists the steps); the brand's stance over
/// the whole answer weighs those readings by where they stand: the verdict, avoid and recommend sections, the body,
/// table rows, asides (<c>StanceEvaluator</c>, <c>StanceDecision</c>). Each text is tokenised and matched once,
/// however many of its brands are judged. Immutable and thread-safe.
/// </summary>
public sealed class LexiconSentimentProvider : ISentimentProvider
{
    public const string ProviderName = "lexicon";

    private readonly CompiledLexicon lexicon = CompiledLexicon.Default;

    public string Name => ProviderName;

    /// <summary>The number of lexicon entries, variants included.</summary>
    public int LexiconSize => lexicon.EntryCount;

    /// <summary>The answer's stance towards the target's brand.</summary>
    public SentimentResult Analyze(SentimentTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Stance(Read(target.Text), target, target.OtherMentions);
    }

    /// <summary>
    /// What the answer says at each of the target's mentions (its sentence, list item or section), in the order of
    /// <see cref="SentimentTarget.Mentions"/>: the local reading behind the stance, not the stance itself.
    /// </summary>
    public IReadOnlyList<SentimentResult> AnalyzeMentions(SentimentTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (text, _) = Read(target.Text);
        return target.Mentions
            .Select(mention => MentionEvaluator
                .Evaluate(text, mention, target.OtherMentions.Concat(target.Mentions.Where(other => other != mention)))
                .ToResult(ProviderName))
            .ToArray();
    }

    /// <summary>
    /// One result per target, in order. Targets over the same text share one tokenisation, and each target's
    /// siblings' mentions count as other mentions for it.
    /// </summary>
    public IReadOnlyList<SentimentResult> AnalyzeMany(IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Any(target => target is null))
        {
            throw new ArgumentException("A batch of targets may not contain null.", nameof(targets));
        }

        var results = new SentimentResult[targets.Count];
        foreach (var group in Enumerable.Range(0, targets.Count).GroupBy(i => targets[i].Text, StringComparer.Ordinal))
        {
            var read = Read(group.Key);
            foreach (var i in group)
            {
                var siblings = group.Where(j => j != i && targets[j].Brand != targets[i].Brand).SelectMany(j => targets[j].Mentions);
                results[i] = Stance(read, targets[i], targets[i].OtherMentions.Concat(siblings).Distinct().ToArray());
            }
        }

        return results;
    }

    public Task<SentimentResult> AnalyzeAsync(SentimentTarget target, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Analyze(target));
    }

    public Task<IReadOnlyList<SentimentResult>> AnalyzeManyAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(AnalyzeMany(targets));
    }

    /// <summary>The features the stance is decided from; for tests that tune or check the decision.</summary>
    internal StanceFeatures Features(SentimentTarget target) =>
        Features(Read(target.Text), target, target.OtherMentions);

    private (AnalyzedText Text, AnswerLayout Layout) Read(string markdown) =>
        (new AnalyzedText(MarkdownText.BlankMarkup(markdown), lexicon), new AnswerLayout(markdown));

    private static StanceFeatures Features((AnalyzedText Text, AnswerLayout Layout) read, SentimentTarget target, IReadOnlyList<BrandSpan> others) =>
        StanceEvaluator.Read(read.Text, read.Layout, target, others);

    private static SentimentResult Stance((AnalyzedText Text, AnswerLayout Layout) read, SentimentTarget target, IReadOnlyList<BrandSpan> others) =>
        StanceDecision.Decide(Features(read, target, others), StanceWeights.Default, ProviderName);
}
