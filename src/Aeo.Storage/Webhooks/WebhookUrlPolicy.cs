using System.Net;
using Microsoft.Extensions.Options;

namespace Aeo.Storage.Webhooks;

/// <summary>
/// Which webhook URLs are acceptable: absolute https URLs without credentials whose host resolves only to public
/// addresses, or http/https to a host listed in <see cref="WebhookOptions.AllowedHosts"/>, which may be private too.
/// Checked when a subscription is written and again at every connection (the dispatcher's sender).
/// </summary>
public sealed class WebhookUrlPolicy(IOptions<WebhookOptions> options)
{
    public bool IsAllowedHost(string host) =>
        options.Value.AllowedHosts.Any(h => string.Equals(h.Trim().Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));

    /// <returns>Why <paramref name="url"/> may not be used, or null when it may.</returns>
    public async Task<string?> RefusalAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            return "An absolute https URL.";
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "A URL without user name or password.";
        }
        if (!string.IsNullOrEmpty(uri.Fragment))
        {
            return "A URL without a fragment.";
        }
        var allowed = IsAllowedHost(uri.IdnHost);
        if (uri.Scheme == "http" && !allowed)
        {
            return "Only https URLs, unless the operator allows the host (Aeo:Webhooks:AllowedHosts).";
        }
        if (allowed)
        {
            return null;
        }
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(uri.IdnHost, ct);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return $"The host {uri.IdnHost} does not resolve.";
        }
        if (addresses.Length == 0)
        {
            return $"The host {uri.IdnHost} does not resolve.";
        }
        return addresses.Any(WebhookAddresses.IsForbidden)
            ? $"The host {uri.IdnHost} is a private, loopback, link-local or otherwise non-public address; only public addresses are allowed."
            : null;
    }
}
