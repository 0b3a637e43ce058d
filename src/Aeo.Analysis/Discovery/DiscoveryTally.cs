namespace Aeo.Analysis.Discovery;

/// <summary>What discovery has gathered about one brand key so far.</summary>
internal sealed class DiscoveryTally(string key, DiscoverySighting firstSeen)
{
    private readonly Dictionary<string, int> variants = new(StringComparer.Ordinal);
    private readonly List<string> domains = [];
    private readonly SortedSet<string> platforms = new(StringComparer.Ordinal);
    private readonly List<DiscoveryContext> samples = [];
    private DiscoverySighting firstSeen = firstSeen;
    private int answers;
    private int namedAnswers;
    private int citedAnswers;

    public bool WantsSample => samples.Count < CompetitorDiscovery.MaxSamples;

    public void Saw(DiscoverySighting sighting)
    {
        if (sighting.At < firstSeen.At)
        {
            firstSeen = sighting;
        }
    }

    public void AddVariant(string name) => variants[name] = variants.GetValueOrDefault(name) + 1;

    public void AddDomain(string domain)
    {
        if (!domains.Contains(domain))
        {
            domains.Add(domain);
        }
    }

    public void AddSample(DiscoveryContext context)
    {
        if (WantsSample && context.Text.Length > 0 && !samples.Contains(context))
        {
            samples.Add(context);
        }
    }

    public void CountAnswer(DiscoveryAnswer answer, bool namedHere, bool citedHere)
    {
        answers++;
        namedAnswers += namedHere ? 1 : 0;
        citedAnswers += citedHere ? 1 : 0;
        platforms.Add(answer.Platform);
    }

    public DiscoveredBrand ToBrand(int nonBrandedAnswers)
    {
        var ordered = variants.Select(v => new NameVariant(v.Key, v.Value)).OrderByDescending(v => v.Count)
            .ThenBy(v => v.Name.Length).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();
        var share = (double)answers / nonBrandedAnswers;
        return new DiscoveredBrand(
            key, ordered.Count > 0 ? ordered[0].Name : domains[0], ordered, domains, answers, namedAnswers, citedAnswers, share,
            Intervals.Wilson(share, nonBrandedAnswers), [.. platforms], firstSeen, samples);
    }
}
