namespace Aeo.Analysis.Sentiment;

/// <summary>Judges the sentiment expressed about brand mentions.</summary>
public interface ISentimentProvider
{
    /// <summary>Provider name, reported as <see cref="SentimentResult.Source"/>.</summary>
    string Name { get; }

    /// <exception cref="SentimentProviderException">The provider could not produce a valid result.</exception>
    Task<SentimentResult> AnalyzeAsync(SentimentTarget target, CancellationToken cancellationToken);

    /// <summary>One result per target, in the order of <paramref name="targets"/>.</summary>
    /// <exception cref="SentimentProviderException">The provider could not produce a valid result for every target.</exception>
    Task<IReadOnlyList<SentimentResult>> AnalyzeManyAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken);
}
