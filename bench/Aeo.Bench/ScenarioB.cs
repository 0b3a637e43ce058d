using Aeo.Analysis.Answers;
using Aeo.Analysis.Questions;
using Aeo.Grains.Analysis;
using Aeo.Grains.Questions;
using Aeo.Platforms;
using Microsoft.Extensions.Options;

namespace Aeo.Bench;

/// <summary>
/// Scenario B: zero latency, no rate limit. Work items per second end to end through the grains (dispatch, pacing,
/// engine, analysis (brands, sentiment per mention, sources), batched PostgreSQL inserts, progress reports, finalization), beside two baselines run in
/// the same process on the same engines and writer: the same work without grains, and the engine plus analysis alone.
/// </summary>
internal static class ScenarioB
{
    public sealed record Measurement(string Name, int Items, IReadOnlyList<TimeSpan> Walls)
    {
        public TimeSpan Median => Walls.Order().ElementAt(Walls.Count / 2);
        public TimeSpan Best => Walls.Min();
        public double ItemsPerSecond => Items / Median.TotalSeconds;
        public double BestItemsPerSecond => Items / Best.TotalSeconds;
    }

    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchHost host, BenchOptions o, Action<string> progress)
    {
        var platforms = BenchHost.InstantPlatforms;
        var items = o.ThroughputQuestions * platforms.Length * o.ThroughputSamples * o.ThroughputRuns;

        // Warm-up: JIT, connection pool, grain types, platform grain activations.
        progress("warm-up");
        await GrainsAsync(host, Audits.Spec(host.ClientId, platforms, 20, 1), 1, detail: false);
        await RawAsync(host, Audits.Spec(host.ClientId, platforms, 20, 1), 1, store: true);

        var grains = new List<TimeSpan>();
        var raw = new List<TimeSpan>();
        var engineOnly = new List<TimeSpan>();
        for (var i = 0; i < o.Repeats; i++)
        {
            var spec = Audits.Spec(host.ClientId, platforms, o.ThroughputQuestions, o.ThroughputSamples);
            progress($"repeat {i + 1}/{o.Repeats}: grains");
            grains.Add(await GrainsAsync(host, spec, o.ThroughputRuns, o.Detail));
            progress($"repeat {i + 1}/{o.Repeats}: raw");
            raw.Add(await RawAsync(host, spec, o.ThroughputRuns, store: true));
            progress($"repeat {i + 1}/{o.Repeats}: engine + analysis");
            engineOnly.Add(await RawAsync(host, spec, o.ThroughputRuns, store: false));
        }
        return
        [
            new("ours: audits through the grains", items, grains),
            new("baseline: same work, no grains", items, raw),
            new("engine + analysis only (no DB)", items, engineOnly),
        ];
    }

    private static async Task<TimeSpan> GrainsAsync(BenchHost host, AuditSpec spec, int runs, bool detail)
    {
        using var meters = detail ? new StageBreakdown.MeterTally() : null;
        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, runs).Select(_ =>
            Audits.RunAsync(host.Grains, spec, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10))));
        var wall = watch.Elapsed;
        if (meters is not null)
        {
            var items = results.Sum(r => r.View.TotalWorkItems);
            Console.WriteLine("    per work item, from the Orleans and Npgsql meters: " + string.Join("; ",
                meters.Snapshot().Select(m => $"{m.Name} {(m.Sum / items).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}")));
        }
        foreach (var (_, view, clientStart, startCall) in results)
        {
            if (detail)
            {
                var db = host.Services.GetRequiredService<AeoDatabase>();
                await using var command = db.DataSource.CreateCommand("select min(created_at), max(created_at) from responses where audit_run_id = $1");
                command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = view.RunId });
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                var first = new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero) - view.CreatedAt;
                var last = new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero) - view.CreatedAt;
                Console.WriteLine($"    run {view.RunId:N}: created {(view.CreatedAt - clientStart).TotalMilliseconds:0} ms after the client's start, StartAsync took {startCall.TotalMilliseconds:0} ms; started {(view.StartedAt - view.CreatedAt)?.TotalMilliseconds:0} ms, first stored {first.TotalMilliseconds:0} ms, last stored {last.TotalMilliseconds:0} ms, completed {(view.CompletedAt - view.CreatedAt)?.TotalMilliseconds:0} ms, wall {wall.TotalMilliseconds:0} ms");
            }
            if (view.Status != RunStatus.Completed || view.Processed != view.TotalWorkItems)
            {
                throw new InvalidOperationException($"Run {view.RunId} ended {view.Status}: {view.Processed} of {view.TotalWorkItems}; {view.LastError}");
            }
        }
        return wall;
    }

    /// <summary>
    /// What a question grain does for each item, without any grain: the engine call, brand detection, the JSON
    /// columns and the shared batched writer; questions fanned out with the same in-flight cap as a run.
    /// </summary>
    private static async Task<TimeSpan> RawAsync(BenchHost host, AuditSpec spec, int runs, bool store)
    {
        var services = host.Services;
        var registry = services.GetRequiredService<IAnswerEngineRegistry>();
        var writer = services.GetRequiredService<ResponseBatchWriter>();
        var maxInFlight = services.GetRequiredService<IOptions<AuditOptions>>().Value.MaxInFlightQuestions;
        var brands = spec.TrackedBrands.ToArray();

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, runs).Select(async _ =>
        {
            var runId = Guid.CreateVersion7();
            var questions = await PrepareRunAsync(services, runId, spec, store);
            var analyzer = services.GetRequiredService<AnswerAnalyzerCache>().For(runId, brands);
            await Parallel.ForEachAsync(questions, new ParallelOptions { MaxDegreeOfParallelism = maxInFlight }, async (question, ct) =>
            {
                var calls = from platform in spec.Platforms
                            from sample in Enumerable.Range(1, spec.SamplesPerQuestion)
                            select ItemAsync(registry, writer, analyzer, runId, question, platform, sample, brands, store);
                await Task.WhenAll(calls);
            });
        }));
        return watch.Elapsed;
    }

    private static async Task<IReadOnlyList<QuestionRecord>> PrepareRunAsync(IServiceProvider services, Guid runId, AuditSpec spec, bool store)
    {
        var records = new QuestionGenerator().Generate(QuestionPlanner.RequestFor(spec))
            .Select((q, ordinal) => new QuestionRecord(
                Guid.CreateVersion7(), ordinal, q.Text, q.Category, q.Type, q.Priority, q.TargetBrand, q.Source, q.Breakdown.Explain()))
            .ToList();
        if (store)
        {
            await services.GetRequiredService<AuditRunRepository>().InsertAsync(runId, spec, DateTimeOffset.UtcNow, CancellationToken.None);
            await services.GetRequiredService<QuestionRepository>().InsertManyAsync(runId, records, CancellationToken.None);
        }
        return records;
    }

    private static async Task ItemAsync(
        IAnswerEngineRegistry registry, ResponseBatchWriter writer, AnswerAnalyzer analyzer, Guid runId, QuestionRecord question,
        string platform, int sample, BrandSpec[] brands, bool store)
    {
        await Task.Yield();
        registry.TryGet(platform, out var engine);
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var answer = await engine!.AskAsync(AnswerRequests.For(question.Text, sample, brands), CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var record = await AnswerRecords.AnalyzeAsync(
            analyzer, runId, question.Id, platform, sample, answer, startedAt, elapsed, CancellationToken.None);
        if (store)
        {
            await writer.WriteAsync(record);
        }
    }
}
