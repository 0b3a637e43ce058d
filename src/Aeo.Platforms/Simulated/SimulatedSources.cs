namespace Aeo.Platforms.Simulated;

/// <summary>
/// The sources a simulated web-grounded answer reports: some pages of the brands it mentions (on the brand's
/// domain when the request gives one, else spelled from the name as <see cref="BrandMentionPlanner.Spell"/> does) and some review and community
/// sites, a few of them only retrieved and not cited, as search-backed engines report them.
/// </summary>
internal static class SimulatedSources
{
    /// <summary>Answers without any source are common: not every answer is grounded in a search.</summary>
    public const double NoSourcesProbability = 0.25;

    private static readonly (string Url, string Title)[] ThirdParty =
    [
        ("https://www.g2.com/categories/{topic}", "Best {topic} software: reviews on G2"),
        ("https://www.capterra.com/{topic}-software/", "{topic} software comparison | Capterra"),
        ("https://www.reddit.com/r/SaaS/comments/{topic}_recommendations/", "r/SaaS: {topic} recommendations"),
        ("https://www.techradar.com/best/best-{topic}", "The best {topic} tools of the year | TechRadar"),
        ("https://www.forbes.com/advisor/business/software/best-{topic}/", "Best {topic} software | Forbes Advisor"),
        ("https://en.wikipedia.org/wiki/{topic}", "{topic} - Wikipedia"),
    ];

    private static readonly string[] BrandPages = ["", "pricing", "features", "customers", "blog/{topic}-guide"];

    public static IReadOnlyList<EngineCitation> Choose(
        string topic, IReadOnlyList<string> mentionedBrands, IReadOnlyDictionary<string, string> brandDomains, Random random)
    {
        if (random.NextDouble() < NoSourcesProbability)
        {
            return [];
        }

        var slug = Slug(topic);
        var candidates = new List<(string Url, string Title)>();
        foreach (var brand in mentionedBrands.Where(_ => random.NextDouble() < 0.6))
        {
            var page = random.Pick(BrandPages).Replace("{topic}", slug, StringComparison.Ordinal);
            var domain = brandDomains.GetValueOrDefault(brand) ?? NameDomain(brand);
            candidates.Add(($"https://www.{domain}/{page}", $"{brand} | {(page.Length == 0 ? "Home" : page)}"));
        }
        candidates.AddRange(ThirdParty
            .Select(source => (Source: source, Key: random.Next()))
            .OrderBy(x => x.Key)
            .Take(random.Next(1, 4))
            .Select(x => (x.Source.Url.Replace("{topic}", slug, StringComparison.Ordinal), x.Source.Title.Replace("{topic}", topic, StringComparison.Ordinal))));

        return candidates
            .Select((source, index) => new EngineCitation(source.Url, source.Title, Cited: random.NextDouble() < 0.75, index + 1))
            .ToList();
    }

    private static string NameDomain(string brand) => new string(brand.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant() + ".com";

    private static string Slug(string topic)
    {
        var words = topic.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0);
        return string.Join('-', words);
    }
}
