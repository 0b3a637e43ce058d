namespace Aeo.Grains.Questions;

/// <summary>
/// The request for one work item: the question, the sample, the run's tracked brands with their main domains, and
/// whether the run asks for web-grounded answers.
/// </summary>
public static class AnswerRequests
{
    public static AnswerRequest For(string question, int sample, IReadOnlyList<BrandSpec> brands, bool webSearch = false) =>
        new(question, sample, brands.Select(b => b.Name).ToArray())
        {
            BrandDomains = brands.Where(b => b.Domains.Length > 0).ToDictionary(b => b.Name, b => b.Domains[0]),
            WebSearch = webSearch,
        };
}
