using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Aeo.Api.Web;

/// <summary>
/// The web app's own stylesheet and script, embedded in this assembly (<c>Web/Assets</c>) and served from memory at
/// <c>/assets/{name}</c>. Embedding them makes the API process serve the same files whether it runs from the build,
/// from a test or from a container, with nothing fetched from anywhere else. Links carry a hash of the content, so a
/// browser may keep a file for a year and still never use a stale one.
/// </summary>
public sealed class WebAssets
{
    private const string ResourcePrefix = "Aeo.Api.Web.Assets.";

    private readonly Dictionary<string, Asset> assets = new(StringComparer.Ordinal);

    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var name = resource[ResourcePrefix.Length..];
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
                : name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
                : name.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml"
                : "application/octet-stream";
            assets[name] = new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 6));
        }
    }

    /// <summary>The address of an asset, with its content hash.</summary>
    public string Url(string name) => $"{WebPaths.Assets}/{name}?v={assets[name].Version}";

    public static IResult Serve(string name, HttpContext http, WebAssets assets)
    {
        if (!assets.assets.TryGetValue(name, out var asset))
        {
            return TypedResults.NotFound();
        }
        var etag = new EntityTagHeaderValue($"\"{asset.Version}\"");
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(asset.Bytes, asset.ContentType, entityTag: etag);
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string Version);
}
