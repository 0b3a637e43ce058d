using System.Diagnostics.CodeAnalysis;

namespace Aeo.Analysis.Citations;

/// <summary>
/// Puts cited URLs in one canonical form so the same page counts once however the engine spelled it.
/// <list type="bullet">
/// <item>Only absolute http and https URLs whose host has at least two labels (or is an IPv4 address) are accepted.</item>
/// <item>Scheme and host are lower-cased; user info, a default port and the fragment are dropped; a trailing dot on the host is dropped.</item>
/// <item>The host prefixes "www.", "m." and "amp." are removed (repeatedly) unless what is left would be a bare public suffix ("amp.dev" stays).</item>
/// <item>Tracking parameters are removed: any "utm_*", "gclid", "fbclid" and "ref" (names compared case-insensitively);
/// the remaining parameters are sorted by name (ordinal, stable, so repeated names keep their order) and kept verbatim.</item>
/// <item>A trailing slash is removed from the path (so the root page is "https://host").</item>
/// </list>
/// The scheme is kept, so http and https versions of a page stay distinct.
/// </summary>
public static class CitationNormalizer
{
    private static readonly string[] HostPrefixes = ["www.", "m.", "amp."];
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase) { "gclid", "fbclid", "ref" };

    /// <summary>Normalises <paramref name="url"/>; false when it is not an absolute http(s) URL with a usable host.</summary>
    public static bool TryNormalize(string? url, [NotNullWhen(true)] out NormalizedUrl? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !TryNormalizeHost(uri, out var host))
        {
            return false;
        }

        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.TrimEnd('/');
        var query = CanonicalQuery(uri.Query);
        var canonical = $"{uri.Scheme}://{host}{port}{path}{(query.Length == 0 ? "" : "?" + query)}";
        normalized = new NormalizedUrl(canonical, host, PublicSuffixes.RegistrableDomain(host) ?? host);
        return true;
    }

    /// <summary>
    /// Normalises a brand's domain as configured ("hubspot.com", "www.HubSpot.com", "https://hubspot.com/")
    /// to the same form as <see cref="NormalizedUrl.Domain"/>; false when it is not a usable host.
    /// </summary>
    public static bool TryNormalizeDomain(string? domainOrUrl, [NotNullWhen(true)] out string? domain)
    {
        domain = null;
        if (string.IsNullOrWhiteSpace(domainOrUrl))
        {
            return false;
        }

        var value = domainOrUrl.Trim();
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            value = "https://" + value;
        }

        if (!TryNormalize(value, out var normalized))
        {
            return false;
        }

        domain = normalized.Domain;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="ownerDomain"/> owns <paramref name="domain"/>: the two are equal or the
    /// domain is a subdomain of it ("hubspot.com" owns "blog.hubspot.com" but not "nothubspot.com").
    /// Both must already be normalised.
    /// </summary>
    public static bool Owns(string ownerDomain, string domain) =>
        domain.Length == ownerDomain.Length
            ? string.Equals(domain, ownerDomain, StringComparison.Ordinal)
            : domain.Length > ownerDomain.Length
              && domain.EndsWith(ownerDomain, StringComparison.Ordinal)
              && domain[^(ownerDomain.Length + 1)] == '.';

    private static bool TryNormalizeHost(Uri uri, [NotNullWhen(true)] out string? host)
    {
        host = null;
        var value = uri.Host.ToLowerInvariant().TrimEnd('.');
        switch (uri.HostNameType)
        {
            case UriHostNameType.IPv4:
                host = value;
                return true;
            case UriHostNameType.Dns when IsDnsName(value):
                host = StripPrefixes(value);
                return true;
            default:
                return false;
        }
    }

    private static bool IsDnsName(string host)
    {
        var labels = host.Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Length > 0 && !label.StartsWith('-') && !label.EndsWith('-'))
            && PublicSuffixes.RegistrableDomain(host) is not null;
    }

    private static string StripPrefixes(string host)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in HostPrefixes)
            {
                if (host.StartsWith(prefix, StringComparison.Ordinal)
                    && PublicSuffixes.RegistrableDomain(host[prefix.Length..]) is not null)
                {
                    host = host[prefix.Length..];
                    stripped = true;
                }
            }
        }

        return host;
    }

    private static string CanonicalQuery(string query)
    {
        var parameters = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(parameter => (Name: NameOf(parameter), Text: parameter))
            .Where(parameter => !IsTracking(parameter.Name))
            .OrderBy(parameter => parameter.Name, StringComparer.Ordinal)
            .Select(parameter => parameter.Text);
        return string.Join('&', parameters);
    }

    private static string NameOf(string parameter)
    {
        var equals = parameter.IndexOf('=');
        return equals < 0 ? parameter : parameter[..equals];
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
