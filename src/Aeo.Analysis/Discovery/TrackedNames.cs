using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Discovery;

/// <summary>
/// What discovery leaves out because the client already tracks it: a candidate whose key (<see cref="BrandKeys"/>)
/// equals the key of a tracked name, alias or domain, whose words contain a tracked name's or alias's words in order
/// ("HubSpot Sales Hub", "Alternatives to HubSpot"), or a cited domain a tracked domain owns (itself or a subdomain;
/// a tracked domain with a path such as "zoho.com/books" owns only its own pages, so zoho.com stays discoverable).
/// </summary>
internal sealed class TrackedNames
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly List<string[]> phrases = [];
    private readonly List<string> hosts = [];

    public TrackedNames(IReadOnlyList<BrandDefinition> brands)
    {
        var scratch = new StringBuilder();
        foreach (var brand in brands)
        {
            foreach (var name in brand.Aliases.Prepend(brand.Name))
            {
                var words = BrandKeys.WordKeys(name, scratch);
                if (words.Length == 0)
                {
                    continue;
                }

                phrases.Add(words);
                keys.Add(string.Concat(words));
                if (BrandKeys.Of(name, "", scratch) is { } reduced)
                {
                    keys.Add(reduced);
                }
            }

            foreach (var entry in brand.Domains)
            {
                if (BrandDomain.TryParse(entry, out var domain) && !domain.HasPath)
                {
                    hosts.Add(domain.Host);
                    if (BrandKeys.OfDomain(PublicSuffixes.RegistrableDomain(domain.Host) ?? domain.Host, scratch) is { } key)
                    {
                        keys.Add(key);
                    }
                }
            }
        }
    }

    public bool IsTrackedKey(string key) => keys.Contains(key);

    /// <summary>Whether a written name is, or contains, a tracked name or alias.</summary>
    public bool IsTrackedName(string key, string name, StringBuilder scratch)
    {
        if (keys.Contains(key))
        {
            return true;
        }

        var words = BrandKeys.WordKeys(name, scratch);
        if (keys.Contains(string.Concat(words)))
        {
            return true;
        }

        foreach (var phrase in phrases)
        {
            for (var at = 0; at + phrase.Length <= words.Length; at++)
            {
                if (words.AsSpan(at, phrase.Length).SequenceEqual(phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public bool OwnsDomain(string domain)
    {
        foreach (var host in hosts)
        {
            if (CitationNormalizer.Owns(host, domain) || CitationNormalizer.Owns(domain, host))
            {
                return true;
            }
        }

        return false;
    }
}
