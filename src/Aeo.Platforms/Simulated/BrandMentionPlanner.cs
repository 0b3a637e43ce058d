namespace Aeo.Platforms.Simulated;

/// <summary>Decides which tracked brands an answer mentions, and how each mention is spelled.</summary>
internal static class BrandMentionPlanner
{
    /// <summary>Real engines often answer without naming any of the brands an audit tracks.</summary>
    public const double NoMentionProbability = 0.15;

    private const int MaxBrandsPerAnswer = 5;

    /// <summary>A random subset of the brands, in random order (the order they will appear in).</summary>
    public static IReadOnlyList<string> Choose(IReadOnlyList<string> trackedBrands, Random random)
    {
        var candidates = trackedBrands
            .Where(b => !string.IsNullOrWhiteSpace(b))
            .Select(b => b.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (candidates.Count == 0 || random.NextDouble() < NoMentionProbability)
        {
            return [];
        }

        var count = random.Next(1, Math.Min(candidates.Count, MaxBrandsPerAnswer) + 1);
        return candidates.Select(b => (Brand: b, Key: random.Next())).OrderBy(x => x.Key).Take(count).Select(x => x.Brand).ToList();
    }

    /// <summary>Mostly the canonical name; sometimes lower-cased or as a domain, as engines write them.</summary>
    public static string Spell(string brand, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.06)
        {
            return brand.ToLowerInvariant();
        }

        if (roll < 0.10)
        {
            return new string(brand.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant() + ".com";
        }

        return brand;
    }
}
