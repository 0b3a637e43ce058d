using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Aeo.Grains.Hosting;

/// <summary>
/// Where the API listens when nothing says otherwise. ASP.NET Core's own settings (<c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, <c>--urls</c>, <c>Kestrel:Endpoints</c>) always win: a "Urls" in
/// appsettings.json would outrank the environment's, so the default is applied in code, and only when none is set.
/// </summary>
public static class ListenAddress
{
    /// <summary>The API's embedded default: loopback only.</summary>
    public const string ApiDefault = "http://127.0.0.1:5080";

    /// <summary>A silo's metrics and health port, on every interface (other machines scrape it).</summary>
    public const string SiloDefault = "http://0.0.0.0:8081";

    public static WebApplicationBuilder UseDefaultListenAddress(this WebApplicationBuilder builder, string address)
    {
        if (!IsConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(address);
        }
        return builder;
    }

    /// <summary>Whether any of the settings ASP.NET Core binds its listeners from has a value.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
