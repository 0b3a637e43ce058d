using System.Text.Json;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Trends;
using Aeo.Storage.Trends;
using Dapper;
using Npgsql;

namespace Aeo.Bench;

/// <summary>
/// Scenario T: one client with many ended runs (365 by default, each 200 questions × 4 platforms, five brands). Each
/// run's figures are computed from its answers by the figures calculator and stored as a run stores them when it ends;
/// then the trends read (the query the endpoint runs, the series built from it, and the JSON written) is timed.
/// </summary>
internal static class ScenarioT
{
    private static readonly string[] Platforms = ["openai", "anthropic", "perplexity", "gemini"];

    public sealed record Result(
        int Runs, int AnswersPerRun, long StoredRows, TimeSpan MedianStorePerRun, TimeSpan MedianRead, TimeSpan MaxRead,
        TimeSpan MedianReadAll, int Points, int Series);

    public static async Task<Result> RunAsync(BenchHost host, BenchOptions options, Action<string> progress)
    {
        var services = host.Services;
        var clientId = Guid.CreateVersion7();
        await services.GetRequiredService<ClientRepository>().CreateAsync(
            new ClientRecord(clientId, "bench-trends", BenchHost.Industry, BenchHost.Brand, BenchHost.Competitors, DateTimeOffset.UtcNow),
            Guid.NewGuid().ToByteArray(), CancellationToken.None);
        var spec = new AuditSpec(clientId, BenchHost.Brand, BenchHost.Competitors, BenchHost.Industry, [], Platforms, options.TrendQuestions, 1, [], []);
        var brands = spec.TrackedBrands.Select(b => new TrackedBrand(b.Name, b.Domains, ReferenceEquals(b, spec.Brand))).ToArray();
        var runs = services.GetRequiredService<AuditRunRepository>();
        var recorder = services.GetRequiredService<RunFiguresRecorder>();
        var connectionString = services.GetRequiredService<AeoDatabase>().ConnectionString;

        var storeTimes = new List<TimeSpan>();
        var first = DateTimeOffset.UtcNow.AddDays(-options.TrendRuns);
        for (var r = 0; r < options.TrendRuns; r++)
        {
            var runId = Guid.CreateVersion7();
            var endedAt = first.AddDays(r);
            await runs.InsertAsync(runId, spec, endedAt.AddMinutes(-30), CancellationToken.None);
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.ExecuteAsync(
                    "update audit_runs set status = 'completed', stage = 'completed', started_at = @started, completed_at = @endedAt where id = @runId",
                    new { runId, started = endedAt.AddMinutes(-29).UtcDateTime, endedAt = endedAt.UtcDateTime });
            }
            var figures = RunFiguresCalculator.Calculate(Answers(r, options.TrendQuestions, brands), brands);
            var watch = Stopwatch.StartNew();
            // The bench's answers are observations only, with no rows in questions or responses, so none are stored beside the figures.
            await recorder.RecordAsync(runId, spec, figures, [], CancellationToken.None);
            storeTimes.Add(watch.Elapsed);
            if ((r + 1) % 50 == 0)
            {
                progress($"{r + 1} of {options.TrendRuns} runs stored");
            }
        }

        long storedRows;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            storedRows = await connection.ExecuteScalarAsync<long>(
                "select count(*) from run_figures f join audit_runs r on r.id = f.run_id where r.client_id = @clientId", new { clientId });
            await connection.ExecuteAsync("analyze run_figures; analyze run_setups; analyze audit_runs");
        }

        var repository = services.GetRequiredService<RunFiguresRepository>();
        var headline = new TrendFilter(clientId, FigureMetrics.MentionRate, "non_branded", null, null, null, null, null);
        var pooled = headline with { QuestionType = null };
        var (reads, series) = await TimeReadsAsync(recorder, repository, headline, clientId, options.Repeats * 7);
        var (pooledReads, _) = await TimeReadsAsync(recorder, repository, pooled, clientId, options.Repeats * 7);
        return new Result(
            options.TrendRuns, options.TrendQuestions * Platforms.Length, storedRows, Median(storeTimes), Median(reads), reads.Max(),
            Median(pooledReads), series.Sum(s => s.Points.Count), series.Count);
    }

    /// <summary>What the endpoint does per request: stores any ended run that lacks figures (none here), queries, builds, serializes.</summary>
    private static async Task<(List<TimeSpan> Times, IReadOnlyList<TrendSeries> Series)> TimeReadsAsync(
        RunFiguresRecorder recorder, RunFiguresRepository repository, TrendFilter filter, Guid clientId, int repeats)
    {
        var times = new List<TimeSpan>();
        IReadOnlyList<TrendSeries> series = [];
        for (var i = 0; i < repeats + 1; i++)
        {
            var watch = Stopwatch.StartNew();
            await recorder.RecordMissingAsync(clientId, CancellationToken.None);
            series = TrendBuilder.Build(await repository.TrendAsync(filter, CancellationToken.None));
            _ = JsonSerializer.SerializeToUtf8Bytes(series, JsonSerializerOptions.Web);
            if (i > 0)
            {
                times.Add(watch.Elapsed);
            }
        }
        return (times, series);
    }

    /// <summary>A run's answers: 30 % of questions branded; each brand named with its own rate drifting over the year, ranked in a random order, sometimes cited.</summary>
    private static List<AnswerObservation> Answers(int run, int questions, TrackedBrand[] brands)
    {
        var random = new Random(run);
        var answers = new List<AnswerObservation>(questions * Platforms.Length);
        for (var q = 0; q < questions; q++)
        {
            var branded = q % 10 < 3;
            foreach (var platform in Platforms)
            {
                var named = brands
                    .Where((b, i) => random.NextDouble() < 0.2 + 0.1 * i + 0.1 * Math.Sin(run / 30.0 + i))
                    .OrderBy(_ => random.Next())
                    .ToList();
                var mentions = named.Select((b, rank) => new BrandObservation(b.Brand, 1 + random.Next(3), rank + 1, random.NextDouble() * 2 - 1)).ToArray();
                var cited = named.Where(_ => random.NextDouble() < 0.4)
                    .Select(b => new CitedDomain(b.Domains[0], CitationKind.Cited))
                    .Append(new CitedDomain("g2.com", CitationKind.Cited))
                    .ToArray();
                answers.Add(new AnswerObservation($"q{q}", q % 2 == 0 ? "recommendation" : "comparison", branded, platform, 1, mentions, cited));
            }
        }
        return answers;
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}
