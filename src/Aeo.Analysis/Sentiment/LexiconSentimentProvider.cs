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

    /// <summary>
    /// The reading at each of the target's mentions. Where <paramref name="known"/> holds a mention's evidence, read by
    /// the stance against the same other mentions in the same order, it is taken as it is: reading it again would give
    /// the same.
    /// </summary>
    private static SentimentResult[] MentionResults(AnalyzedText text, SentimentTarget target, Evidence?[]? known = null)
    {
        var results = new SentimentResult[target.Mentions.Count];
        for (var k = 0; k < results.Length; k++)
        {
            var mention = target.Mentions[k];
            var evidence = known?[k]
                ?? MentionEvaluator.Evaluate(text, mention, target.OtherMentions.Concat(target.Mentions.Where(other => other != mention)));
            results[k] = evidence.ToResult(ProviderName);
        }

        return results;
    }

    /// <summary>
    /// One result per target, in order. Targets over the same text share one tokenisation, and each target's
    /// siblings' mentions count as other mentions for it.
    /// </summary>
    public IReadOnlyList<SentimentResult> AnalyzeMany(IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        RejectNull(targets);
        return Judge(targets, readings: null);
    }

    /// <summary>
    /// <see cref="AnalyzeMany"/> and <see cref="AnalyzeMentions(IReadOnlyList{SentimentTarget})"/> of the same
    /// targets at once, with the same results: each text is tokenised once for both, and a mention the stance read
    /// against the same other mentions is not read again.
    /// </summary>
    public (IReadOnlyList<SentimentResult> Stances, IReadOnlyList<IReadOnlyList<SentimentResult>> Readings) AnalyzeWithReadings(
        IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        RejectNull(targets);
        var readings = new IReadOnlyList<SentimentResult>[targets.Count];
        var stances = Judge(targets, readings);
        return (stances, readings);
    }

    private static void RejectNull(IReadOnlyList<SentimentTarget> targets)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is null)
            {
                throw new ArgumentException("A batch of targets may not contain null.", nameof(targets));
            }
        }
    }

    /// <summary>The stances of the targets, text by text in order of first appearance; the mention readings too when asked for.</summary>
    private SentimentResult[] Judge(IReadOnlyList<SentimentTarget> targets, IReadOnlyList<SentimentResult>[]? readings)
    {
        var results = new SentimentResult[targets.Count];
        var judged = new bool[targets.Count];
        var group = new List<int>();
        for (var first = 0; first < targets.Count; first++)
        {
            if (judged[first])
            {
                continue;
            }

            group.Clear();
            var text = targets[first].Text;
            for (var j = first; j < targets.Count; j++)
            {
                if (!judged[j] && string.Equals(targets[j].Text, text, StringComparison.Ordinal))
                {
                    group.Add(j);
                    judged[j] = true;
                }
            }

            var read = Read(text);
            foreach (var i in group)
            {
                var others = StanceOthers(targets, group, i);
                var evidence = readings is null ? null : new Evidence?[targets[i].Mentions.Count];
                results[i] = Stance(read, targets[i], others, evidence);
                if (readings is not null)
                {
                    readings[i] = MentionResults(read.Text, targets[i], ReferenceEquals(others, targets[i].OtherMentions) ? evidence : null);
                }
            }
        }

        return results;
    }

    /// <summary>
    /// The target's other mentions followed by those of its siblings of another brand, each once, in that order; the
    /// target's own list itself when that adds nothing to it.
    /// </summary>
    private static IReadOnlyList<BrandSpan> StanceOthers(IReadOnlyList<SentimentTarget> targets, List<int> group, int i)
    {
        var target = targets[i];
        var seen = new HashSet<BrandSpan>(target.OtherMentions.Count);
        var others = new List<BrandSpan>(target.OtherMentions.Count);
        foreach (var mention in target.OtherMentions)
        {
            if (seen.Add(mention))
            {
                others.Add(mention);
            }
        }

        foreach (var j in group)
        {
            if (j == i || targets[j].Brand == target.Brand)
            {
                continue;
            }

            foreach (var mention in targets[j].Mentions)
            {
                if (seen.Add(mention))
                {
                    others.Add(mention);
                }
            }
        }

        return others.Count == target.OtherMentions.Count ? target.OtherMentions : others.ToArray();
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

    private static StanceReading Reading(
        (AnalyzedText Text, AnswerLayout Layout) read, SentimentTarget target, IReadOnlyList<BrandSpan> others, Evidence?[]? evidenceByMention = null) =>
        StanceEvaluator.Read(read.Text, read.Layout, target, others, evidenceByMention);

    private SentimentResult Stance(
        (AnalyzedText Text, AnswerLayout Layout) read, SentimentTarget target, IReadOnlyList<BrandSpan> others, Evidence?[]? evidenceByMention = null)
    {
        var reading = Reading(read, target, others, evidenceByMention);
        if (model is null)
        {
            return StanceDecision.Decide(reading.Features, StanceWeights.Default, ProviderName);
        }

        var probabilities = model.Score(sink => StanceFeaturizer.Describe(reading, read.Layout, target, others, sink));
        return ModelDecision.Decide(reading.Features, probabilities, model, ProviderName);
    }
}
