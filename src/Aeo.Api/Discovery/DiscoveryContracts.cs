using Aeo.Analysis.Discovery;

namespace Aeo.Api.Discovery;

/// <summary>
/// Brands the answers name or cite that the client does not track. <see cref="Runs"/>: the ended runs read;
/// <see cref="NonBrandedAnswers"/>: the answers each brand's rate is over.
/// </summary>
public sealed record DiscoveredBrandsResponse(
    Guid ClientId, Guid? RunId, IReadOnlyList<Guid> Runs, int NonBrandedAnswers, double AlertShare, PageResponse<DiscoveredBrandOutput> Brands);

/// <param name="Key">The normalised name its variants and domains were merged by.</param>
/// <param name="Answers">Non-branded answers naming it where a name stands, or citing one of its domains.</param>
/// <param name="Rate">Answers over the non-branded answers, with its Wilson 95 % interval.</param>
/// <param name="NewlyCrossed">Its rate reached the alert share in a run read here and in none of the client's runs before that one.</param>
public sealed record DiscoveredBrandOutput(
    string Name,
    string Key,
    IReadOnlyList<NameVariant> Variants,
    IReadOnlyList<string> Domains,
    int Answers,
    int NamedAnswers,
    int CitedAnswers,
    DiscoveryRate Rate,
    IReadOnlyList<string> Platforms,
    FirstSeenOutput FirstSeen,
    IReadOnlyList<DiscoveryContext> Samples,
    bool NewlyCrossed);

public sealed record DiscoveryRate(double Value, double Lower, double Upper);

public sealed record FirstSeenOutput(Guid RunId, DateTimeOffset At);
