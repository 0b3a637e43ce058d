using Aeo.Analysis.Sentiment.Lexicon;

namespace Aeo.Analysis.Sentiment;

/// <summary>
/// Local, deterministic sentiment for recommendation language, from a domain lexicon of a few hundred words and phrases
/// with rules for scope (the clauses about the mentioned brand, not about other brands), negation, intensifiers and
/// diminishers, contrast ("but", "although"), comparatives ("better than", "outperforms", "over") and hedges. Each text
/// is tokenised and matched once, however many of its mentions are judged. Immutable and thread-safe.
/// <c>MentionEvaluator</c> (in <c>Sentiment/Lexicon</c>) lists the steps and the file documenting each step's rules;
/// <c>Evidence</c> holds the score, label and confidence formulas.
/// </summary>
public sealed class LexiconSentimentProvider : ISentimentProvider
{
    public const string ProviderName = "lexicon";

    private readonly CompiledLexicon lexicon = CompiledLexicon.Default;

    public string Name => ProviderName;

    /// <summary>The number of lexicon entries, variants included.</summary>
    public int LexiconSize => lexicon.EntryCount;

    public SentimentResult Analyze(SentimentTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Analyze(new AnalyzedText(target.Text, lexicon), target, target.OtherMentions);
    }

    /// <summary>
    /// One result per target, in order. Targets over the same text share one tokenisation, and each target's
    /// siblings count as other mentions for it.
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
            var analyzed = new AnalyzedText(group.Key, lexicon);
            var siblings = group.Select(i => targets[i].Mention).ToArray();
            foreach (var i in group)
            {
                var others = targets[i].OtherMentions.Concat(siblings.Where(sibling => sibling != targets[i].Mention));
                results[i] = Analyze(analyzed, targets[i], others);
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

    private static SentimentResult Analyze(AnalyzedText text, SentimentTarget target, IEnumerable<BrandSpan> others) =>
        MentionEvaluator.Evaluate(text, target.Mention, others).ToResult(ProviderName);
}
