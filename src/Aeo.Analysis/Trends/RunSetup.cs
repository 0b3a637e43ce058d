using System.Security.Cryptography;

namespace Aeo.Analysis.Trends;

/// <summary>
/// What makes two runs' figures comparable: the question configuration (a digest of industry, categories, custom
/// questions and the rest that decides which questions are asked), the samples per question, the tracked brands (a
/// digest of names, aliases and domains), whether answers were web-grounded, and the model each platform answered
/// with. A series breaks where any of these differ between consecutive points.
/// <para>
/// A platform's series depends only on that platform's model; the all-platforms series on every platform's model and
/// on which platforms took part.
/// </para>
/// </summary>
public sealed record RunSetup(string Questions, int Samples, string Brands, bool WebSearch, IReadOnlyDictionary<string, string> Models)
{
    public const string QuestionsChanged = "questions";
    public const string SamplesChanged = "samples";
    public const string BrandsChanged = "brands";
    public const string WebSearchChanged = "web_search";
    public const string PlatformsChanged = "platforms";

    /// <summary>The reason naming a platform whose model changed: "model:openai".</summary>
    public static string ModelChanged(string platform) => "model:" + platform;

    /// <summary>A short stable id of the setup behind one series: the platform's, or with null the all-platforms one.</summary>
    public string SetupIdFor(string? platform)
    {
        var parts = new List<string> { Questions, Samples.ToString(System.Globalization.CultureInfo.InvariantCulture), Brands, WebSearch ? "web" : "closed" };
        if (platform is null)
        {
            parts.AddRange(Models.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key + "=" + m.Value));
        }
        else
        {
            parts.Add(platform + "=" + Models.GetValueOrDefault(platform, ""));
        }
        return Digest(parts)[..12];
    }

    /// <summary>Whether the core of the setup (everything but the models) is the same, so the runs asked alike.</summary>
    public bool SameCoreAs(RunSetup other) =>
        Questions == other.Questions && Samples == other.Samples && Brands == other.Brands && WebSearch == other.WebSearch;

    /// <summary>What differs from <paramref name="earlier"/> for the series of <paramref name="platform"/> (null: all platforms).</summary>
    public IReadOnlyList<string> ChangesFrom(RunSetup earlier, string? platform)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var changes = new List<string>();
        if (Questions != earlier.Questions)
        {
            changes.Add(QuestionsChanged);
        }
        if (Samples != earlier.Samples)
        {
            changes.Add(SamplesChanged);
        }
        if (Brands != earlier.Brands)
        {
            changes.Add(BrandsChanged);
        }
        if (WebSearch != earlier.WebSearch)
        {
            changes.Add(WebSearchChanged);
        }
        if (platform is null && !Models.Keys.Order(StringComparer.Ordinal).SequenceEqual(earlier.Models.Keys.Order(StringComparer.Ordinal)))
        {
            changes.Add(PlatformsChanged);
        }
        var platforms = platform is null ? Models.Keys.Intersect(earlier.Models.Keys) : [platform];
        changes.AddRange(platforms
            .Where(p => Models.GetValueOrDefault(p, "") != earlier.Models.GetValueOrDefault(p, ""))
            .Order(StringComparer.Ordinal)
            .Select(ModelChanged));
        return changes;
    }

    /// <summary>A SHA-256 digest (hex) of the parts, each length-prefixed so that no two lists share one.</summary>
    public static string Digest(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length).Append(':').Append(part).Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
