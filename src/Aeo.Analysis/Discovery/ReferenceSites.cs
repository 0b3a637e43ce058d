namespace Aeo.Analysis.Discovery;

/// <summary>
/// Cited sites that are where answers look things up, not brands of any category a client competes in: encyclopedias,
/// forums, social networks and video sites. Review and publisher sites (G2, Capterra, Forbes) are kept: they are
/// brands that answers rely on, and a client may want to know they are cited.
/// </summary>
internal static class ReferenceSites
{
    private static readonly HashSet<string> Domains = new(
        [
            "wikipedia.org", "wikimedia.org", "wiktionary.org", "reddit.com", "quora.com", "stackexchange.com", "stackoverflow.com",
            "youtube.com", "youtu.be", "vimeo.com", "medium.com", "substack.com", "linkedin.com", "facebook.com", "instagram.com",
            "x.com", "twitter.com", "tiktok.com", "pinterest.com", "github.com", "google.com", "archive.org",
        ],
        StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string registrableDomain) => Domains.Contains(registrableDomain);
}
