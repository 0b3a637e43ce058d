using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Discovery;

/// <summary>
/// Finds the brands a set of answers names or cites that the client does not track. Only answers to non-branded
/// questions are read. In each, the names standing where answers list things (<see cref="NameLeads"/>) and the cited
/// domains are keyed (<see cref="BrandKeys"/>), so "Pipedrive", "Pipedrive CRM" and pipedrive.com are one brand; tracked
/// names, aliases and domains (<see cref="TrackedNames"/>), names made only of ordinary words and generic terms, and
/// reference sites (<see cref="ReferenceSites"/>) are left out. A brand counts once per answer however often it is named
/// there. Deterministic: the same answers in the same order give the same result.
/// </summary>
public static class CompetitorDiscovery
{
    public const int MaxSamples = 3;
    public const int MaxSampleLength = 200;

    /// <param name="runId">The run the answers belong to, for each brand's first sighting; null when they are no run's.</param>
    public static DiscoveryResult Discover(IReadOnlyList<DiscoveryAnswer> answers, IReadOnlyList<BrandDefinition> tracked, string? runId = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(tracked);
        var filter = new TrackedNames(tracked);
        var tallies = new Dictionary<string, DiscoveryTally>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var leads = new List<NameLead>();
        var scratch = new StringBuilder();
        var nonBranded = 0;
        foreach (var answer in answers)
        {
            if (answer.Branded)
            {
                continue;
            }

            nonBranded++;
            named.Clear();
            cited.Clear();
            leads.Clear();
            var plain = MarkdownText.BlankMarkup(answer.Text);
            NameLeads.Find(answer.Text, plain, leads);
            IReadOnlyList<Sentences.Sentence>? sentences = null;
            foreach (var lead in leads)
            {
                var name = Collapse(plain.AsSpan(lead.Start, lead.End - lead.Start), scratch);
                if (BrandKeys.Of(name, answer.Text, scratch) is not { } key || filter.IsTrackedName(key, name, scratch))
                {
                    continue;
                }

                var tally = TallyFor(tallies, key, answer, runId);
                tally.AddVariant(name);
                if (NameWords.IsHostName(name))
                {
                    tally.AddDomain(name.ToLowerInvariant());
                }

                if (named.Add(key) && tally.WantsSample)
                {
                    sentences ??= Sentences.Of(plain);
                    tally.AddSample(new DiscoveryContext(answer.Platform, SentenceAround(plain, sentences, lead.Start, scratch)));
                }
            }

            foreach (var domain in answer.CitedDomains)
            {
                var normalized = domain.Trim().ToLowerInvariant();
                if (normalized.Length == 0 || filter.OwnsDomain(normalized) || ReferenceSites.Contains(normalized)
                    || BrandKeys.OfDomain(normalized, scratch) is not { } key || filter.IsTrackedKey(key))
                {
                    continue;
                }

                TallyFor(tallies, key, answer, runId).AddDomain(normalized);
                cited.Add(key);
            }

            foreach (var key in named)
            {
                tallies[key].CountAnswer(answer, namedHere: true, citedHere: cited.Contains(key));
            }

            foreach (var key in cited)
            {
                if (!named.Contains(key))
                {
                    tallies[key].CountAnswer(answer, namedHere: false, citedHere: true);
                }
            }
        }

        return new DiscoveryResult(nonBranded, Ordered(tallies.Values.Select(t => t.ToBrand(nonBranded))));
    }

    /// <summary>Most answers first, then by name and key, so equal counts keep one order.</summary>
    internal static IReadOnlyList<DiscoveredBrand> Ordered(IEnumerable<DiscoveredBrand> brands) =>
        brands.OrderByDescending(b => b.Answers).ThenBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();

    private static DiscoveryTally TallyFor(Dictionary<string, DiscoveryTally> tallies, string key, DiscoveryAnswer answer, string? runId)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tallies[key] = tally = new DiscoveryTally(key, new DiscoverySighting(runId, answer.AnsweredAt));
        }

        tally.Saw(new DiscoverySighting(runId, answer.AnsweredAt));
        return tally;
    }

    private static string SentenceAround(string plain, IReadOnlyList<Sentences.Sentence> sentences, int offset, StringBuilder scratch)
    {
        var sentence = sentences.FirstOrDefault(s => s.Contains(offset));
        var text = sentence.End > sentence.Start
            ? Collapse(plain.AsSpan(sentence.Start, sentence.End - sentence.Start), scratch)
            : "";
        return text.Length <= MaxSampleLength ? text : text[..(MaxSampleLength - 1)].TrimEnd() + "…";
    }

    private static string Collapse(ReadOnlySpan<char> text, StringBuilder scratch)
    {
        scratch.Clear();
        foreach (var c in text.Trim())
        {
            if (!char.IsWhiteSpace(c))
            {
                scratch.Append(c);
            }
            else if (scratch.Length > 0 && scratch[^1] != ' ')
            {
                scratch.Append(' ');
            }
        }

        return scratch.ToString();
    }
}
