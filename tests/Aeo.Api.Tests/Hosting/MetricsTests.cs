using System.Net;
using System.Text.RegularExpressions;
using Aeo.Api.Tests.Support;

namespace Aeo.Api.Tests.Hosting;

/// <summary>
/// The cluster's own metrics at <c>/metrics</c> include what happened before anyone scraped them. The meter is
/// process-wide, shared by every API this test process starts, so this test runs its audit on a platform no other test
/// has, on an API process of its own: the values of that platform's series are exact whatever ran before.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private const string Platform = "metered";

    private readonly ApiServer server = new();

    public Task InitializeAsync() =>
        server.StartAsync(
        [
            $"--Aeo:Platforms:{Platform}:Kind=simulated",
            $"--Aeo:Platforms:{Platform}:RequestsPerMinute=6000",
            $"--Aeo:Platforms:{Platform}:Simulated:LatencyMinMs=1",
            $"--Aeo:Platforms:{Platform}:Simulated:LatencyMedianMs=5",
            $"--Aeo:Platforms:{Platform}:Simulated:LatencyMaxMs=20",
        ]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task A_runs_settled_items_engine_calls_and_end_show_in_the_first_scrape_after_it()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Metered Brand");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { Platform }, maxQuestions = 6, samplesPerQuestion = 2 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());

        using var scraper = server.Client(ApiServer.OperatorKey);
        var metrics = await scraper.GetStringAsync("/metrics");

        Assert.Matches(Series("aeo_aeo_work_items_settled", $"outcome=\"answered\",platform=\"{Platform}\"", "12"), metrics);
        Assert.DoesNotMatch(Series("aeo_aeo_work_items_settled", $"outcome=\"failed\",platform=\"{Platform}\"", @"\d+"), metrics);
        Assert.Matches(Series("aeo_aeo_engine_call_seconds_count", $"outcome=\"answered\",platform=\"{Platform}\"", "12"), metrics);
        Assert.Matches(Series("aeo_aeo_runs_ended", "status=\"completed\"", @"[1-9]\d*"), metrics);
    }

    /// <summary>One whole line of Prometheus text: the exact series name, exactly these labels, and the value.</summary>
    private static Regex Series(string name, string labels, string value) =>
        new($"^{Regex.Escape(name)}\\{{{Regex.Escape(labels)}\\}} {value}$", RegexOptions.Multiline);
}
