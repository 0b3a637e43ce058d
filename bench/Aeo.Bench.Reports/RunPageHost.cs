using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Aeo.Abstractions.Audits;
using Aeo.Api.Hosting;
using Aeo.Grains;
using Aeo.Abstractions.Grains;
using Aeo.Grains.Audits;
using Aeo.Storage.Repositories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Aeo.Bench.Reports;

/// <summary>
/// The real API host (embedded silo, web app on Kestrel) over the bench's database, signed in as the operator through
/// the sign-in form as a browser would: what <see cref="GetRunPageAsync"/> times is the whole web run page of a run,
/// request to last byte.
/// </summary>
internal sealed partial class RunPageHost : IAsyncDisposable
{
    private const string OperatorKey = "bench-operator-key-0123456789abcdef";

    private readonly WebApplication app;
    private readonly HttpClient http;

    private RunPageHost(WebApplication app, HttpClient http)
    {
        this.app = app;
        this.http = http;
    }

    public static async Task<RunPageHost> StartAsync(string connectionString)
    {
        var app = await AeoApplication.BuildAsync(
        [
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Aeo={connectionString}",
            $"--Aeo:Auth:AdminApiKey={OperatorKey}",
            $"--Aeo:Cluster:SiloPort={FreePort()}",
            $"--Aeo:Cluster:GatewayPort={FreePort()}",
            "--Serilog:MinimumLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        // The form's hidden fields (its name and antiforgery token) as the page gave them, and the key.
        var form = await http.GetStringAsync("/signin");
        var fields = HiddenInput().Matches(form)
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Append(new("key", OperatorKey));
        var signedIn = await http.PostAsync("/signin", new FormUrlEncodedContent(fields));
        if ((int)signedIn.StatusCode is < 300 or >= 400)
        {
            throw new InvalidOperationException($"Signing in answered {(int)signedIn.StatusCode}.");
        }
        return new RunPageHost(app, http);
    }

    /// <summary>
    /// Gives the run's grain the state a run that ended keeps (the bench writes runs straight into the tables, and the
    /// run page asks the grain for the run's status first), through the silo's own grain storage.
    /// </summary>
    public async Task StoreEndedStateAsync(AuditRunRecord run, AuditSpec spec)
    {
        var storage = app.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        var grainId = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAuditRunGrain>(run.Id).GetGrainId();
        var state = new AuditRunState
        {
            Spec = spec,
            Status = RunStatus.Completed,
            Stage = RunStage.Completed,
            CreatedAt = run.CreatedAt,
            StartedAt = run.StartedAt ?? run.CreatedAt,
            CompletedAt = run.CompletedAt ?? run.CreatedAt,
            TotalQuestions = run.TotalQuestions,
            TotalWorkItems = run.TotalWorkItems,
        };
        await storage.WriteStateAsync("run", grainId, new GrainState<AuditRunState>(state));
    }

    /// <summary>The run page's bytes; throws unless it is the ended run's page with its changes section.</summary>
    public async Task<long> GetRunPageAsync(Guid runId)
    {
        using var response = await http.GetAsync($"/runs/{runId}");
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("changes-heading", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The run page answered {(int)response.StatusCode} without its changes.");
        }
        return html.Length;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
