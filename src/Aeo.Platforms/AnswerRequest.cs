namespace Aeo.Platforms;

/// <param name="TrackedBrands">Names the simulated engine may mention; real engines ignore it.</param>
public sealed record AnswerRequest(string Question, int Sample, IReadOnlyList<string> TrackedBrands)
{
    /// <summary>Each tracked brand's main web domain, for the pages the simulated engine cites; real engines ignore it.</summary>
    public IReadOnlyDictionary<string, string> BrandDomains { get; init; } = new Dictionary<string, string>();

    /// <summary>Ask for a web-grounded answer (the provider's search tool) where the platform offers one.</summary>
    public bool WebSearch { get; init; }
}
