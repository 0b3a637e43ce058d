namespace Aeo.Analysis.Citations;

/// <summary>
/// Tracked brands with their domains normalised once (<see cref="CitationAnalysis.NormalizeDomains"/>), for analysing
/// many answers' sources against the same brands. A brand whose domains cannot be normalised fails as it would unprepared:
/// when an answer's sources are analysed, with the same exception.
/// </summary>
public sealed class PreparedDomainOwners
{
    private readonly TrackedDomainOwner[] owners;
    private readonly IReadOnlyList<BrandDomain>?[] domains;

    public PreparedDomainOwners(IReadOnlyList<TrackedDomainOwner> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);
        owners = brands.ToArray();
        domains = new IReadOnlyList<BrandDomain>?[owners.Length];
        for (var i = 0; i < owners.Length; i++)
        {
            try
            {
                domains[i] = CitationAnalysis.NormalizeDomains(owners[i]);
            }
            catch (ArgumentException)
            {
                domains[i] = null;
            }
        }
    }

    public int Count => owners.Length;

    public TrackedDomainOwner this[int index] => owners[index];

    /// <summary>The brand's normalised domains; throws as <see cref="CitationAnalysis.NormalizeDomains"/> does when they are unusable.</summary>
    public IReadOnlyList<BrandDomain> DomainsOf(int index) => domains[index] ?? CitationAnalysis.NormalizeDomains(owners[index]);
}
