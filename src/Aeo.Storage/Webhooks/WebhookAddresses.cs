using System.Net;
using System.Net.Sockets;

namespace Aeo.Storage.Webhooks;

/// <summary>The addresses a webhook must not reach unless its host is allowed: anything not on the public internet.</summary>
public static class WebhookAddresses
{
    /// <summary>
    /// Loopback, unspecified, private (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local
    /// (169.254/16, fe80::/10), unique-local (fc00::/7), multicast, broadcast, 0/8, and IPv4-mapped forms of them.
    /// </summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.Equals(IPAddress.IPv6None))
        {
            return true;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,
                169 => b[1] == 254,
                172 => b[1] is >= 16 and <= 31,
                192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
                198 => b[1] is 18 or 19,
                >= 224 => true,
                _ => false,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC;
        }
        return true;
    }
}
