namespace Aeo.Analysis.Citations;

/// <summary>
/// A URL in canonical form. <see cref="Domain"/> is the host without "www.", "m." or "amp.";
/// <see cref="RegistrableDomain"/> is the part a registrant owns: the public suffix plus one label
/// ("blog.hubspot.co.uk" → "hubspot.co.uk").
/// </summary>
public sealed record NormalizedUrl(string Url, string Domain, string RegistrableDomain);
