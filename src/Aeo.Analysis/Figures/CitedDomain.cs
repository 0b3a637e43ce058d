using Aeo.Analysis.Citations;

namespace Aeo.Analysis.Figures;

/// <summary>
/// One distinct source of an answer: its registrable domain (or any normalised domain; brand domains own
/// it when equal or a parent, see <see cref="CitationNormalizer.Owns"/>) and whether it was cited or only retrieved.
/// </summary>
public sealed record CitedDomain(string Domain, CitationKind Kind)
{
    /// <summary>The sources of an analysed answer, one per distinct normalised URL.</summary>
    public static IReadOnlyList<CitedDomain> From(AnswerCitations citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        return citations.Citations.Select(c => new CitedDomain(c.RegistrableDomain, c.Kind)).ToList();
    }
}
