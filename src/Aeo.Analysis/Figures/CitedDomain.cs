using Aeo.Analysis.Citations;

namespace Aeo.Analysis.Figures;

/// <summary>
/// One distinct source of an answer: its normalised domain or registrable domain, and whether it was cited
/// or only retrieved. A brand's domain owns it when equal or a parent (<see cref="CitationNormalizer.Owns"/>),
/// so "hubspot.com" owns both "hubspot.com" and "blog.hubspot.com".
/// </summary>
public sealed record CitedDomain(string Domain, CitationKind Kind)
{
    /// <summary>
    /// The sources of an analyzed answer, one per distinct normalised URL. The full domain is kept (not the
    /// registrable one) so that a brand configured with a subdomain ("blog.hubspot.com") still owns its pages.
    /// </summary>
    public static IReadOnlyList<CitedDomain> From(AnswerCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return citations.Citations.Select(c => new CitedDomain(c.Domain, c.Kind)).ToList();
    }
}
