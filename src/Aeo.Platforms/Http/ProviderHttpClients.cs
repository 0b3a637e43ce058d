using System.Net;

namespace Aeo.Platforms.Http;

/// <summary>
/// The one HTTP client all adapters of a registry share: pooled connections recycled every few minutes (so DNS
/// changes are seen), no client-wide timeout (each attempt has its own, from the platform's <c>TimeoutSeconds</c>),
/// no request logging, so neither URLs nor headers with keys reach a log, and no automatic redirects: a redirect would
/// carry the key headers (<c>x-api-key</c>, <c>x-goog-api-key</c>) to wherever it points, so it is an error instead.
/// </summary>
internal static class ProviderHttpClients
{
    public static HttpClient Create() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
