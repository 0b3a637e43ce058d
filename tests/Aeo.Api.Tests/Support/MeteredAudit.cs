using Aeo.FakeProviders.Scripted;

namespace Aeo.Api.Tests.Support;

/// <summary>
/// A run whose every kind of event is known in advance, for the metrics tests: <see cref="Good"/> refuses its first call
/// 429 and then answers everything (slowly enough that the run is seen in progress), <see cref="Down"/> answers every
/// call 503, so its breaker opens and its items are dead-lettered. <see cref="Questions"/> × <see cref="Samples"/> items
/// per platform, two attempts per item; the run ends partially completed.
/// </summary>
public sealed class MeteredAudit : IAsyncDisposable
{
    public const int Questions = 4;
    public const int Samples = 2;
    public const int ItemsPerPlatform = Questions * Samples;
    public const int Attempts = 2;

    private MeteredAudit(ScriptedChatProvider good, ScriptedChatProvider down)
    {
        Good = good;
        Down = down;
    }

    public ScriptedChatProvider Good { get; }

    public ScriptedChatProvider Down { get; }

    /// <summary>The highest <c>aeo_runs_active</c> and <c>aeo_questions_in_flight</c> seen while the run went on.</summary>
    public (double RunsActive, double QuestionsInFlight) SeenInProgress { get; private set; }

    public static async Task<MeteredAudit> StartProvidersAsync(string prefix)
    {
        string[] brands = ["Metered Brand", "HubSpot", "Salesforce"];
        var good = await ScriptedChatProvider.StartAsync(prefix + "-good", ChatFaults.RateLimitedFirst(1), brands, TimeSpan.FromMilliseconds(400));
        var down = await ScriptedChatProvider.StartAsync(prefix + "-down", ChatFaults.Down, brands);
        return new MeteredAudit(good, down);
    }

    /// <summary>The platforms and audit settings, as configuration arguments for the processes that need them.</summary>
    public string[] Arguments =>
    [
        .. Good.Settings.Concat(Down.Settings).Select(s => $"--{s.Key}={s.Value}"),
        $"--Aeo:Audit:MaxAttempts={Attempts}",
        "--Aeo:Audit:RetryBaseDelayMs=20",
        "--Aeo:Audit:BreakerFailureThreshold=3",
        "--Aeo:Audit:BreakerBreakSeconds=1",
        "--Aeo:Audit:RateLimitPauseJitterMs=0",
    ];

    /// <summary>Runs the audit through <paramref name="api"/>, watching <paramref name="metricsUrl"/> while it goes on.</summary>
    public async Task RunAsync(ApiServer api, string metricsUrl)
    {
        var (_, key) = await TestClients.CreateAsync(api, "Metered Brand");
        using var http = api.Client(key);
        var started = await http.PostJsonAsync(
            "/api/v1/audits", new { platforms = new[] { Good.Name, Down.Name }, maxQuestions = Questions, samplesPerQuestion = Samples });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();

        var watching = WatchAsync(metricsUrl);
        var run = await Runs.WaitUntilEndedAsync(http, location);
        Assert.Equal("partially_completed", run["status"]!.GetValue<string>());
        SeenInProgress = await watching;
    }

    /// <summary>Scrapes until the run's gauges have been seen above zero, then until they are back at zero.</summary>
    private static async Task<(double, double)> WatchAsync(string metricsUrl)
    {
        var busiest = await Eventually.UntilAsync(
            () => PrometheusText.ScrapeAsync(metricsUrl),
            m => m.Value("aeo_runs_active") > 0 && m.Value("aeo_questions_in_flight") > 0,
            TimeSpan.FromMinutes(1),
            m => $"the run was never seen in progress: runs {m.Value("aeo_runs_active")}, questions {m.Value("aeo_questions_in_flight")}");
        await Eventually.UntilAsync(
            () => PrometheusText.ScrapeAsync(metricsUrl),
            m => m.Value("aeo_runs_active") == 0 && m.Value("aeo_questions_in_flight") == 0,
            TimeSpan.FromMinutes(2),
            m => $"the gauges did not come back to 0: runs {m.Value("aeo_runs_active")}, questions {m.Value("aeo_questions_in_flight")}");
        return (busiest.Value("aeo_runs_active")!.Value, busiest.Value("aeo_questions_in_flight")!.Value);
    }

    public async ValueTask DisposeAsync()
    {
        await Good.DisposeAsync();
        await Down.DisposeAsync();
    }
}
