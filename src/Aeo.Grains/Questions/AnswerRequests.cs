using Aeo.Abstractions.Audits;
using Aeo.Platforms;

namespace Aeo.Grains.Questions;

/// <summary>The request for one work item: the question, the sample and the run's tracked brands with their main domains.</summary>
public static class AnswerRequests
{
    public static AnswerRequest For(string question, int sample, IReadOnlyList<BrandSpec> brands) =>
        new(question, sample, brands.Select(b => b.Name).ToArray())
        {
            BrandDomains = brands.Where(b => b.Domains.Length > 0).ToDictionary(b => b.Name, b => b.Domains[0]),
        };
}
