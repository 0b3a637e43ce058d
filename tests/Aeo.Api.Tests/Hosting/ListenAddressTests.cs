using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// ASP.NET Core's own listen settings move the API, started as a real process from its built dll; with none of them
/// the API keeps its embedded default.
/// </summary>
public sealed class ListenAddressTests
{
    [Fact]
    public async Task ASPNETCORE_URLS_moves_the_listener()
    {
        var port = ApiHost.FreePort();
        await AssertServesOnAsync(port, new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
    }

    [Fact]
    public async Task ASPNETCORE_HTTP_PORTS_moves_the_listener()
    {
        var port = ApiHost.FreePort();
        await AssertServesOnAsync(port, new() { ["ASPNETCORE_HTTP_PORTS"] = port.ToString() });
    }

    [Fact]
    public async Task The_urls_argument_moves_the_listener_and_outranks_the_environment()
    {
        var port = ApiHost.FreePort();
        var other = ApiHost.FreePort();
        await AssertServesOnAsync(port, new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{other}" }, $"--urls=http://127.0.0.1:{port}");
    }

    [Fact]
    public void Without_any_listen_setting_the_default_applies_and_with_one_it_does_not()
    {
        var bare = WebApplication.CreateBuilder([]);
        bare.UseDefaultListenAddress(ListenAddress.ApiDefault);
        Assert.Equal(ListenAddress.ApiDefault, bare.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));

        var configured = WebApplication.CreateBuilder(["--http_ports=6123"]);
        configured.UseDefaultListenAddress(ListenAddress.ApiDefault);
        Assert.Null(configured.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
        Assert.Equal("6123", configured.WebHost.GetSetting("http_ports"));

        var kestrel = WebApplication.CreateBuilder(["--Kestrel:Endpoints:Main:Url=http://127.0.0.1:6124"]);
        kestrel.UseDefaultListenAddress(ListenAddress.ApiDefault);
        Assert.Null(kestrel.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    private static async Task AssertServesOnAsync(int port, Dictionary<string, string> environment, params string[] args)
    {
        environment["ConnectionStrings__Aeo"] = await PostgresTestServer.CreateMigratedDatabaseAsync();
        environment["Aeo__Auth__AdminApiKey"] = ApiServer.OperatorKey;
        environment["Aeo__Cluster__SiloPort"] = ApiHost.FreePort().ToString();
        environment["Aeo__Cluster__GatewayPort"] = ApiHost.FreePort().ToString();
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        await using var api = HostProcess.Start("Aeo.Api", environment, args);
        await api.WaitUntilServingAsync($"http://127.0.0.1:{port}/health/live", TimeSpan.FromSeconds(90));

        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{port}/health/ready")).StatusCode);
    }
}
