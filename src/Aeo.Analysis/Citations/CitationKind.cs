namespace Aeo.Analysis.Citations;

/// <summary>How an answer engine used a source.</summary>
public enum CitationKind
{
    /// <summary>The answer attributes a claim to the source (a footnote, an inline link, a source card).</summary>
    Cited,

    /// <summary>The engine fetched the source while answering but did not cite it.</summary>
    Retrieved,
}
