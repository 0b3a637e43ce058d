using System.Collections.Concurrent;
using Aeo.Analysis.Answers;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Sentiment;

namespace Aeo.Grains.Analysis;

/// <summary>
/// Builds a run's answer analyzer once per silo and shares it among that run's question grains: building the
/// brand matcher costs far more than running it over one answer.
/// </summary>
public sealed class AnswerAnalyzerCache(ISentimentProvider sentiment)
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<Guid, Lazy<AnswerAnalyzer>> analyzers = new();

    public AnswerAnalyzer For(Guid runId, IReadOnlyList<BrandSpec> brands)
    {
        if (analyzers.Count >= Capacity)
        {
            analyzers.Clear();
        }
        return analyzers.GetOrAdd(runId, _ => new Lazy<AnswerAnalyzer>(() => new AnswerAnalyzer(
            brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray(), sentiment))).Value;
    }
}
