namespace Aeo.Analysis.Brands;

/// <summary>Which part of a brand definition a matched term comes from.</summary>
public enum BrandTermKind
{
    /// <summary>The brand's name as defined, or without its legal suffix ("Acme" for "Acme Inc").</summary>
    Name,

    /// <summary>One of the brand's aliases (or an alias without its legal suffix or respaced).</summary>
    Alias,

    /// <summary>A spelling generated from the name: "Hub Spot", "Hub-Spot", "Monday" for "Monday.com".</summary>
    NameVariant,

    /// <summary>One of the brand's domains, or the name as a ".com" domain.</summary>
    Domain,
}
