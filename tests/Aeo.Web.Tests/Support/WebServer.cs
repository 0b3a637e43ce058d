using System.Net.Http.Json;
using Aeo.Api.Tests.Support;
using Aeo.FakeProviders;
using Aeo.FakeProviders.OpenAI;
using Microsoft.AspNetCore.Builder;

namespace Aeo.Web.Tests.Support;

/// <summary>
/// The real API process (embedded silo, Kestrel on loopback) on a fresh migrated database of the test PostgreSQL, with
/// two quick simulated platforms, one that always fails (for dead letters) and <see cref="Injector"/>: a real
/// OpenAI-compatible adapter against a loopback provider whose every answer tries to inject markup and a script.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    public const string OperatorKey = "test-operator-key-web-0123456789abcdef";
    public const string Injector = "injector";
    public const string Broken = "broken";

    /// <summary>A simulated platform whose answers take seconds, so that a run is seen while it runs.</summary>
    public const string Slow = "sim-slow";
    public const string Script = "<script>alert('owned')</script>";
    public const string Markup = "<b id=\"injected\">bold</b>";

    public const string Image = "<img src=x onerror=\"alert('img')\">";
    public const string ScriptLink = "[a free trial](javascript:alert('link'))";

    public static readonly string InjectedAnswer =
        $"For a small agency, **Probe** is the strongest pick. {Script} HubSpot is heavier; {Markup} is text here. {Image} Start {ScriptLink}; see [the HubSpot guide](https://hubspot.com/guide).\n\n**Pipedrive**: lighter for small teams {Markup} {Script}";

    private WebApplication? app;
    private FakeProviderServer? provider;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        provider = await FakeProviderServer.StartAsync(_ => OpenAIReplies.ChatCompletion("injector-1", 40, 60, InjectedAnswer, usage: true));
        var connectionString = await PostgresTestServer.CreateMigratedDatabaseAsync();
        (app, BaseAddress) = await ApiHost.StartAsync(
        [
            .. ApiHost.Defaults(connectionString, OperatorKey),
            "--Aeo:Audit:BreakerFailureThreshold=1000",
            "--Aeo:Webhooks:AllowedHosts:0=127.0.0.1",
            .. Simulated("sim-a", failureRate: 0, medianMs: 40),
            .. Simulated("sim-b", failureRate: 0, medianMs: 60),
            .. Simulated(Broken, failureRate: 1, medianMs: 5),
            .. Simulated(Slow, failureRate: 0, medianMs: 2500),
            $"--Aeo:Platforms:{Injector}:Kind=openai-compatible",
            $"--Aeo:Platforms:{Injector}:BaseUrl={provider.BaseUrl}",
            $"--Aeo:Platforms:{Injector}:ApiKey=sk-test-injector",
            $"--Aeo:Platforms:{Injector}:Model=injector-1",
            $"--Aeo:Platforms:{Injector}:RequestsPerMinute=6000",
        ]);
    }

    public async Task DisposeAsync()
    {
        await ApiHost.StopAsync(app);
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
    }

    /// <summary>An HTTP client of the API with <paramref name="apiKey"/>.</summary>
    public HttpClient Api(string apiKey) => ApiHost.Client(BaseAddress, apiKey);

    /// <summary>Creates a client as the operator does; its brand is <paramref name="brand"/>, competing with HubSpot.</summary>
    public async Task<(Guid Id, string Key)> CreateClientAsync(string brand)
    {
        using var http = Api(OperatorKey);
        var response = await http.PostAsJsonAsync("/api/v1/clients", new
        {
            name = brand + " Inc",
            industry = "CRM",
            brand = new { name = brand, aliases = Array.Empty<string>(), domains = new[] { Domain(brand) } },
            competitors = new[] { new { name = "HubSpot", aliases = Array.Empty<string>(), domains = new[] { "hubspot.com" } } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (json["id"]!.GetValue<Guid>(), json["apiKey"]!.GetValue<string>());
    }

    /// <summary>Starts an audit through the API with <paramref name="key"/> and waits until it has ended.</summary>
    public async Task<Guid> RunAuditAsync(string key, string[] platforms, int questions = 4)
    {
        using var http = Api(key);
        var response = await http.PostAsJsonAsync("/api/v1/audits", new { platforms, maxQuestions = questions, samplesPerQuestion = 1 });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var run = JsonNode.Parse(await http.GetStringAsync($"/api/v1/audits/{id}"))!;
            if (run["status"]!.GetValue<string>() is "completed" or "partially_completed" or "failed" or "cancelled")
            {
                return id;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The run did not end: {run.ToJsonString()}");
            await Task.Delay(200);
        }
    }

    private static string Domain(string brand) => new string(brand.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + ".com";

    private static string[] Simulated(string name, double failureRate, int medianMs) =>
    [
        $"--Aeo:Platforms:{name}:Kind=simulated",
        $"--Aeo:Platforms:{name}:RequestsPerMinute=6000",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMinMs={medianMs / 2}",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMedianMs={medianMs}",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMaxMs={medianMs * 3}",
        $"--Aeo:Platforms:{name}:Simulated:FailureRate={failureRate.ToString(CultureInfo.InvariantCulture)}",
    ];
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebServer>
{
    public const string Name = "web";
}
