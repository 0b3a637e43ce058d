namespace Aeo.Analysis.Citations;

/// <summary>How a brand's own domains figure among an answer's sources.</summary>
public enum BrandCitationStatus
{
    /// <summary>At least one of the brand's pages is cited.</summary>
    Cited,

    /// <summary>The engine retrieved the brand's pages but cited none of them.</summary>
    RetrievedOnly,

    /// <summary>None of the brand's pages is among the sources.</summary>
    Absent,
}
