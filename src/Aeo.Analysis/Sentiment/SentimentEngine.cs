namespace Aeo.Analysis.Sentiment;

/// <summary>
/// Combines several <see cref="ISentimentProvider"/>s by one <see cref="SentimentStrategy"/>. With results
/// (sᵢ, cᵢ) from the providers that succeeded and threshold τ = <see cref="ConfidenceThreshold"/>:
/// <list type="bullet">
/// <item><b>Primary</b>: providers are asked in order; a target whose best result so far has confidence below τ (the
/// provider is unsure of it), or whose provider failed, goes to the next provider, and only those targets do. The
/// most confident result is kept, unchanged.</item>
/// <item><b>Ensemble</b>: every provider is asked. Score S = Σ cᵢ·sᵢ / Σ cᵢ; label <see cref="SentimentResult.LabelFor"/>(S);
/// mixed when results flagged mixed carry at least half of Σ cᵢ; confidence = (Σ cᵢ² / Σ cᵢ)·(1 − D/2) with
/// D = Σ cᵢ·|sᵢ − S| / Σ cᵢ, so disagreement lowers it; source "ensemble(a,b)".</item>
/// <item><b>Consensus</b>: every provider is asked; only results with cᵢ ≥ τ vote. If their labels agree: that label,
/// S and Σ cᵢ² / Σ cᵢ over the voters, mixed as in the ensemble, source "consensus(a,b)". If they disagree: Neutral,
/// flagged mixed when Positive and Negative are both among the votes (the judges found praise and criticism);
/// S over the voters; confidence half the ensemble confidence of the voters; source
/// "consensus:disagree(a=Positive,b=Negative)". If no result reaches τ: Neutral, S over all results, confidence half
/// their Σ cᵢ² / Σ cᵢ, source "consensus:unsure(a,b)".</item>
/// </list>
/// A failing provider never fails the engine while another succeeds; when all fail, <see cref="SentimentProviderException"/>
/// carries their errors. Cancellation is passed through. The engine is itself a provider, so engines can be nested.
/// </summary>
public sealed class SentimentEngine : ISentimentProvider
{
    public const string EngineName = "engine";

    private readonly ISentimentProvider[] providers;

    public SentimentEngine(IReadOnlyList<ISentimentProvider> providers, SentimentStrategy strategy, double confidenceThreshold = 0.7)
    {
        ArgumentNullException.ThrowIfNull(providers);
        if (providers.Count == 0 || providers.Any(provider => provider is null))
        {
            throw new ArgumentException("The engine needs at least one provider and no null ones.", nameof(providers));
        }

        if (!Enum.IsDefined(strategy))
        {
            throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown strategy.");
        }

        if (!double.IsFinite(confidenceThreshold) || confidenceThreshold is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceThreshold), confidenceThreshold, "The threshold lies in [0, 1].");
        }

        this.providers = providers.ToArray();
        Strategy = strategy;
        ConfidenceThreshold = confidenceThreshold;
    }

    public string Name => $"{EngineName}:{Strategy.ToString().ToLowerInvariant()}";

    public SentimentStrategy Strategy { get; }

    public double ConfidenceThreshold { get; }

    public IReadOnlyList<ISentimentProvider> Providers => providers;

    public async Task<SentimentResult> AnalyzeAsync(SentimentTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var results = await AnalyzeManyAsync([target], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    public async Task<IReadOnlyList<SentimentResult>> AnalyzeManyAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            return [];
        }

        return Strategy == SentimentStrategy.Primary
            ? await PrimaryAsync(targets, cancellationToken).ConfigureAwait(false)
            : await AllProvidersAsync(targets, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SentimentResult>> PrimaryAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
    {
        var best = new SentimentResult?[targets.Count];
        var pending = Enumerable.Range(0, targets.Count).ToList();
        var failures = new List<Exception>();
        foreach (var provider in providers)
        {
            var outcome = await TryAnalyzeAsync(provider, pending.Select(i => targets[i]).ToArray(), cancellationToken).ConfigureAwait(false);
            if (outcome.Failure is { } failure)
            {
                failures.Add(failure);
                continue;
            }

            for (var k = 0; k < pending.Count; k++)
            {
                var result = outcome.Results![k];
                if (best[pending[k]] is not { } kept || result.Confidence > kept.Confidence)
                {
                    best[pending[k]] = result;
                }
            }

            pending.RemoveAll(i => best[i]!.Confidence >= ConfidenceThreshold);
            if (pending.Count == 0)
            {
                break;
            }
        }

        if (best.Any(result => result is null))
        {
            throw AllFailed(failures);
        }

        return best.Select(result => result!).ToArray();
    }

    private async Task<IReadOnlyList<SentimentResult>> AllProvidersAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
    {
        var outcomes = await Task.WhenAll(providers.Select(provider => TryAnalyzeAsync(provider, targets, cancellationToken))).ConfigureAwait(false);
        var succeeded = outcomes.Where(outcome => outcome.Failure is null).Select(outcome => outcome.Results!).ToArray();
        if (succeeded.Length == 0)
        {
            throw AllFailed(outcomes.Select(outcome => outcome.Failure!));
        }

        return Enumerable.Range(0, targets.Count)
            .Select(i => succeeded.Select(results => results[i]).ToArray())
            .Select(opinions => Strategy == SentimentStrategy.Ensemble ? Ensemble(opinions) : Consensus(opinions))
            .ToArray();
    }

    private static SentimentResult Ensemble(IReadOnlyList<SentimentResult> opinions)
    {
        var summary = WeightedSummary.Of(opinions);
        return new SentimentResult(
            summary.Score, SentimentResult.LabelFor(summary.Score), summary.AgreementConfidence, $"ensemble({Sources(opinions)})", summary.Mixed);
    }

    private SentimentResult Consensus(IReadOnlyList<SentimentResult> opinions)
    {
        var voters = opinions.Where(opinion => opinion.Confidence >= ConfidenceThreshold).ToArray();
        if (voters.Length == 0)
        {
            var all = WeightedSummary.Of(opinions);
            return new SentimentResult(all.Score, SentimentLabel.Neutral, all.MeanConfidence / 2, $"consensus:unsure({Sources(opinions)})", all.Mixed);
        }

        var summary = WeightedSummary.Of(voters);
        var labels = voters.Select(voter => voter.Label).Distinct().ToArray();
        if (labels.Length == 1)
        {
            return new SentimentResult(summary.Score, labels[0], summary.MeanConfidence, $"consensus({Sources(voters)})", summary.Mixed);
        }

        var opposed = labels.Contains(SentimentLabel.Positive) && labels.Contains(SentimentLabel.Negative);
        var votes = string.Join(',', voters.Select(voter => $"{voter.Source}={voter.Label}"));
        return new SentimentResult(
            summary.Score, SentimentLabel.Neutral, summary.AgreementConfidence / 2, $"consensus:disagree({votes})", opposed || summary.Mixed);
    }

    private static string Sources(IEnumerable<SentimentResult> results) =>
        string.Join(',', results.Select(result => result.Source).Distinct(StringComparer.Ordinal));

    private static async Task<(IReadOnlyList<SentimentResult>? Results, Exception? Failure)> TryAnalyzeAsync(
        ISentimentProvider provider, IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
    {
        try
        {
            var results = await provider.AnalyzeManyAsync(targets, cancellationToken).ConfigureAwait(false);
            return results.Count == targets.Count
                ? (results, null)
                : (null, new SentimentProviderException(provider.Name, $"returned {results.Count} results for {targets.Count} targets."));
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return (null, exception);
        }
    }

    private SentimentProviderException AllFailed(IEnumerable<Exception> failures) =>
        new(Name, "every sentiment provider failed.", new AggregateException(failures));
}
