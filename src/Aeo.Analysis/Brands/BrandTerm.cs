namespace Aeo.Analysis.Brands;

/// <summary>
/// One searchable string and the brand it stands for: <see cref="Text"/> as defined or generated (its
/// case matters for <see cref="TermRules.CaseSensitive"/> and <see cref="TermRules.CapitalisedWords"/>),
/// <see cref="FoldedText"/> as the matcher searches it.
/// </summary>
internal sealed record BrandTerm(string Text, string FoldedText, int BrandIndex, BrandTermKind Kind, TermRules Rules, WordAmbiguity Ambiguity)
{
    public bool Has(TermRules rule) => (Rules & rule) == rule;
}

/// <summary>Extra checks a term's matches must pass.</summary>
[Flags]
internal enum TermRules
{
    None = 0,

    /// <summary>Three letters or fewer ("LI", "HP"): only the case it was defined in counts.</summary>
    CaseSensitive = 1,

    /// <summary>
    /// A term of several words ("Constant Contact", "Hub Spot"): every word that starts upper-case in the term
    /// must do so in the text, or it is just a phrase ("keep in constant contact").
    /// </summary>
    CapitalisedWords = 2,

    /// <summary>A host name ("hubspot.com"): domain boundaries apply, and it may be matched inside a URL's host.</summary>
    DomainLike = 4,
}

/// <summary>Whether a term is also an everyday word and so needs evidence of brand use.</summary>
internal enum WordAmbiguity
{
    None,

    /// <summary>A common word ("notion", "apple"): capitalised mid-sentence, or capitalised with product context.</summary>
    CommonWord,

    /// <summary>A first name ("Bob"): always capitalised, so it needs product context or its brand named plainly elsewhere.</summary>
    FirstName,

    /// <summary>A weekday or month ("Monday"): always capitalised and common in answers, so only product context counts.</summary>
    CalendarWord,
}
