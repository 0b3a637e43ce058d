using System.Net;

namespace Aeo.Platforms.Http;

/// <summary>
/// The one HTTP client all adapters of a registry share: pooled connections recycled every few minutes (so DNS
/// changes are seen), no client-wide timeout (each attempt has its own, from the platform's <c>TimeoutSeconds</c>),
/// and no request logging, so neither URLs nor headers with keys reach a log.
/// </summary>
internal static class ProviderHttpClients
{
    public static HttpClient Create() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.All,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
