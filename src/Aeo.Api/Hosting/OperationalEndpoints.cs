using Aeo.Grains.Telemetry;

namespace Aeo.Api.Hosting;

/// <summary>
/// <c>/metrics</c> and <c>/openapi</c>: on <see cref="HttpOptions.InternalPort"/> without a key when one is set (and not
/// on the public port at all), otherwise on the public port behind the operator key (unless configured open).
/// </summary>
public static class OperationalEndpoints
{
    /// <summary>Adds the internal port to the addresses the server listens on, beside those configured (urls, http_ports).</summary>
    public static void ListenOnInternalPort(IWebHostBuilder web, IConfiguration configuration)
    {
        if (configuration.GetValue<int?>($"{HttpOptions.Section}:{nameof(HttpOptions.InternalPort)}") is not { } port)
        {
            return;
        }
        var urls = web.GetSetting(WebHostDefaults.ServerUrlsKey);
        if (string.IsNullOrWhiteSpace(urls))
        {
            var ports = web.GetSetting("http_ports");
            urls = string.IsNullOrWhiteSpace(ports)
                ? "http://localhost:5000"
                : string.Join(';', ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://*:{p}"));
        }
        web.UseUrls($"{urls};http://*:{port}");
    }

    public static void MapOperationalEndpoints(this WebApplication app, HttpOptions options)
    {
        IEndpointConventionBuilder[] endpoints = [app.MapOpenApi("/openapi/{documentName}.json"), app.MapAeoMetrics()];
        foreach (var endpoint in endpoints)
        {
            if (options.InternalPort is { } port)
            {
                endpoint.RequireHost($"*:{port}");
            }
            else if (options.ProtectOperationalEndpoints)
            {
                endpoint.RequireAuthorization(AuthPolicies.Operator);
            }
        }
    }
}
