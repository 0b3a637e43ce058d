namespace Aeo.Analysis.Discovery;

/// <summary>
/// A brand the answers name or cite that the client does not track. <see cref="Answers"/> counts the non-branded
/// answers that name it where a name stands (a list item, a table row's first cell, a heading, a bold lead) or cite one
/// of its domains; <see cref="Share"/> is that count over the non-branded answers read, with its Wilson 95 %
/// <see cref="Interval"/>.
/// </summary>
/// <param name="Key">The normalised name every variant and domain of the brand shares ("pipedrive").</param>
/// <param name="Name">The variant written most often, or the first domain when the brand is only cited.</param>
/// <param name="Variants">The names as written, most frequent first.</param>
/// <param name="Domains">Its cited registrable domains and the host names written as its name, in order.</param>
/// <param name="FirstSeen">The earliest answer naming or citing it.</param>
/// <param name="Samples">Up to three sentences that name it, trimmed, from the earliest answers.</param>
public sealed record DiscoveredBrand(
    string Key,
    string Name,
    IReadOnlyList<NameVariant> Variants,
    IReadOnlyList<string> Domains,
    int Answers,
    int NamedAnswers,
    int CitedAnswers,
    double Share,
    ConfidenceInterval Interval,
    IReadOnlyList<string> Platforms,
    DiscoverySighting FirstSeen,
    IReadOnlyList<DiscoveryContext> Samples);

/// <summary>One way a discovered brand was written, and how many times it stood written so.</summary>
public sealed record NameVariant(string Name, int Count);

/// <summary>Where and when a discovered brand was first named or cited: the run (when known) and the answer's time.</summary>
public sealed record DiscoverySighting(string? RunId, DateTimeOffset At);

/// <summary>A sentence that names a discovered brand, and the platform whose answer it is from.</summary>
public sealed record DiscoveryContext(string Platform, string Text);

/// <summary>What discovery found in one set of answers: how many non-branded answers it read, and the brands, most named first.</summary>
public sealed record DiscoveryResult(int NonBrandedAnswers, IReadOnlyList<DiscoveredBrand> Brands);
