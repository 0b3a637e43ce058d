namespace Aeo.Analysis.Tests.Figures;

/// <summary>Short constructors for hand-built runs.</summary>
internal static class Observations
{
    public static readonly TrackedBrand Acme = new("Acme", ["acme.com"], IsClient: true);
    public static readonly TrackedBrand Beta = new("Beta", ["https://www.beta.io/"], IsClient: false);
    public static readonly TrackedBrand Gamma = new("Gamma", ["gamma.com"], IsClient: false);
    public static readonly TrackedBrand[] Tracked = [Acme, Beta, Gamma];

    public static AnswerObservation Answer(
        string question,
        BrandObservation[] brands,
        CitedDomain[]? citations = null,
        bool branded = false,
        string platform = "openai",
        string category = "recommendation",
        int sample = 1) =>
        new(question, category, branded, platform, sample, brands, citations ?? []);

    public static BrandObservation Mention(string brand, int rank, int count = 1, double? sentiment = null) =>
        new(brand, count, rank, sentiment);

    public static CitedDomain Cited(string domain) => new(domain, CitationKind.Cited);

    public static CitedDomain Retrieved(string domain) => new(domain, CitationKind.Retrieved);

    /// <summary>The same outcome for <paramref name="samples"/> samples of every question.</summary>
    public static List<AnswerObservation> Repeat(IEnumerable<AnswerObservation> answers, int samples) =>
        answers.SelectMany(a => Enumerable.Range(1, samples).Select(s => a with { Sample = s })).ToList();

    /// <summary>
    /// <paramref name="questions"/> non-branded questions, the first <paramref name="mentioning"/> of which mention Acme alone.
    /// </summary>
    public static List<AnswerObservation> AcmeMentionedIn(int mentioning, int questions, string prefix = "q") =>
        Enumerable.Range(1, questions)
            .Select(i => Answer($"{prefix}{i}", i <= mentioning ? [Mention("Acme", 1)] : []))
            .ToList();
}
