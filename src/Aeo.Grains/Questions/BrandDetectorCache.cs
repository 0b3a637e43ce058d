using System.Collections.Concurrent;
using Aeo.Abstractions.Audits;
using Aeo.Analysis.Brands;

namespace Aeo.Grains.Questions;

/// <summary>
/// Builds a run's brand detector once per silo and shares it among that run's question grains: building the
/// matcher costs far more than running it over one answer.
/// </summary>
public sealed class BrandDetectorCache
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<Guid, Lazy<BrandDetector>> detectors = new();

    public BrandDetector For(Guid runId, IReadOnlyList<BrandSpec> brands)
    {
        if (detectors.Count >= Capacity)
        {
            detectors.Clear();
        }
        return detectors.GetOrAdd(runId, _ => new Lazy<BrandDetector>(() => new BrandDetector(
            brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains))))).Value;
    }
}
