using Aeo.Analysis.Sentiment.Lexicon;
using Aeo.Analysis.Sentiment.Model;

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
    private readonly StanceModel? model;

    /// <summary>The lexicon's readings decided by the committed stance model (<see cref="StanceModel.Default"/>).</summary>
    public LexiconSentimentProvider()
        : this(StanceModel.Default)
    {
    }

    /// <summary>The lexicon's readings decided by <paramref name="model"/>, or by the rules alone when it is null.</summary>
    internal LexiconSentimentProvider(StanceModel? model) => this.model = model;

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
        return MentionResults(new AnalyzedText(MarkdownText.BlankMarkup(target.Text), lexicon), target);
    }

    /// <summary>
    /// <see cref="AnalyzeMentions(SentimentTarget)"/> for each target, in order; targets over the same text share one
    /// tokenisation.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SentimentResult>> AnalyzeMentions(IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var results = new IReadOnlyList<SentimentResult>[targets.Count];
        (string Markdown, AnalyzedText Text)? read = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i] ?? throw new ArgumentException("A batch of targets may not contain null.", nameof(targets));
            if (read is not { } shared || !string.Equals(shared.Markdown, target.Text, StringComparison.Ordinal))
            {
                read = (target.Text, new AnalyzedText(MarkdownText.BlankMarkup(target.Text), lexicon));
            }

            results[i] = MentionResults(read.Value.Text, target);
        }

        return results;
    }

    private static SentimentResult[] MentionResults(AnalyzedText text, SentimentTarget target) =>
        target.Mentions
            .Select(mention => MentionEvaluator
                .Evaluate(text, mention, target.OtherMentions.Concat(target.Mentions.Where(other => other != mention)))
                .ToResult(ProviderName))
            .ToArray();

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
        Reading(Read(target.Text), target, target.OtherMentions).Features;

    private (AnalyzedText Text, AnswerLayout Layout) Read(string markdown) =>
        (new AnalyzedText(MarkdownText.BlankMarkup(markdown), lexicon), new AnswerLayout(markdown));

    /// <summary>
    /// Describes the target for <see cref="StanceModel"/> (as a lone target, its other mentions as given) and returns
    /// the rules' features: for training and checking the model.
    /// </summary>
    internal StanceFeatures Describe(SentimentTarget target, IStanceFeatureSink sink)
    {
        var read = Read(target.Text);
        var reading = Reading(read, target, target.OtherMentions);
        StanceFeaturizer.Describe(reading, read.Layout, target, target.OtherMentions, sink);
        return reading.Features;
    }

    private static StanceReading Reading((AnalyzedText Text, AnswerLayout Layout) read, SentimentTarget target, IReadOnlyList<BrandSpan> others) =>
        StanceEvaluator.Read(read.Text, read.Layout, target, others);

    private SentimentResult Stance((AnalyzedText Text, AnswerLayout Layout) read, SentimentTarget target, IReadOnlyList<BrandSpan> others)
    {
        var reading = Reading(read, target, others);
        if (model is null)
        {
            return StanceDecision.Decide(reading.Features, StanceWeights.Default, ProviderName);
        }

        var probabilities = model.Score(sink => StanceFeaturizer.Describe(reading, read.Layout, target, others, sink));
        return ModelDecision.Decide(reading.Features, probabilities, model, ProviderName);
    }
}
