using Aeo.Platforms;
using Npgsql;

namespace Aeo.Bench;

/// <summary>
/// Scenario A: one audit of N questions x 4 rate-limited simulated platforms through the grains, beside the batch-and-sleep
/// baseline (batches of 10 questions on every platform at once, wait for the whole batch, sleep 2 s) on the same
/// engine instances and the same questions.
/// </summary>
internal static class ScenarioA
{
    public sealed record Result(
        int Questions, int WorkItems, int Processed, int Failed, string Status,
        TimeSpan Ours, TimeSpan? Seed, TimeSpan Floor, double RateSeconds, double MedianLatencySeconds,
        Timeline Timeline);

    /// <summary>Where the run's time went, from the grain's own timestamps and the stored responses.</summary>
    /// <param name="IdealPaced">
    /// A perfect pacer in question order: call k of each platform starts at k x 60 s / RPM and takes the latency the
    /// simulated engine actually gave it; the last answer lands at this time. No rate-limited scheduler that does not
    /// know latencies in advance does better on these questions.
    /// </param>
    public sealed record Timeline(
        TimeSpan StartedAt, TimeSpan FirstCall, TimeSpan LastCall, TimeSpan LastStored, TimeSpan CompletedAt,
        TimeSpan IdealPaced, int PeakCallsPerSecond, TimeSpan MaxLatency);

    public static async Task<Result> RunAsync(BenchHost host, BenchOptions o)
    {
        var platforms = BenchHost.RatedPlatforms;
        var spec = Audits.Spec(host.ClientId, platforms, o.Questions, samples: 1);
        var expected = o.Questions * platforms.Length;

        var (ours, view, _, _) = await Audits.RunAsync(host.Grains, spec, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(30));
        if (view.TotalWorkItems != expected || view.Processed + view.Failed != expected)
        {
            throw new InvalidOperationException(
                $"Scenario A ended {view.Status} with {view.Processed} processed + {view.Failed} failed of {view.TotalWorkItems}; expected {expected}.");
        }

        var timeline = await TimelineAsync(host, view, o.RequestsPerMinute);

        TimeSpan? seed = null;
        if (!o.SkipSeed)
        {
            seed = await BatchAndSleepBaselineAsync(host.Services.GetRequiredService<IAnswerEngineRegistry>(), platforms,
                Audits.QuestionTexts(spec), spec.TrackedBrands.Select(b => b.Name).ToArray(), o.SeedBatch, TimeSpan.FromMilliseconds(o.SeedSleepMs));
        }

        var rate = o.Questions * 60.0 / o.RequestsPerMinute;
        var median = o.LatencyMedianMs / 1000.0;
        return new Result(o.Questions, view.TotalWorkItems, view.Processed, view.Failed, view.Status.ToString(),
            ours, seed, TimeSpan.FromSeconds(rate + median), rate, median, timeline);
    }

    private static async Task<Timeline> TimelineAsync(BenchHost host, AuditRunView view, int rpm)
    {
        var db = host.Services.GetRequiredService<AeoDatabase>();
        await using var command = db.DataSource.CreateCommand(
            """
            select q.ordinal, r.platform, (r.response_metadata->>'latencyMs')::int, r.processing_time_ms, r.created_at
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = view.RunId });
        var rows = new List<(int Ordinal, string Platform, int LatencyMs, int ProcessingMs, DateTimeOffset StoredAt)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
            }
        }
        var origin = view.CreatedAt;
        var calls = rows.Select(r => r.StoredAt - TimeSpan.FromMilliseconds(r.ProcessingMs)).ToList();
        var spacingMs = 60_000.0 / rpm;
        var ideal = rows.GroupBy(r => r.Platform)
            .SelectMany(g => g.OrderBy(r => r.Ordinal).Select((r, k) => k * spacingMs + r.LatencyMs))
            .Max();
        var peak = rows.GroupBy(r => r.Platform).Max(g =>
        {
            var starts = g.Select(r => r.StoredAt - TimeSpan.FromMilliseconds(r.ProcessingMs)).Order().ToArray();
            var best = 0;
            for (int i = 0, j = 0; i < starts.Length; i++)
            {
                while (starts[i] - starts[j] >= TimeSpan.FromSeconds(1))
                {
                    j++;
                }

                best = Math.Max(best, i - j + 1);
            }
            return best;
        });
        return new Timeline(
            (view.StartedAt ?? origin) - origin, calls.Min() - origin, calls.Max() - origin, rows.Max(r => r.StoredAt) - origin,
            (view.CompletedAt ?? origin) - origin, TimeSpan.FromMilliseconds(ideal), peak,
            TimeSpan.FromMilliseconds(rows.Max(r => r.LatencyMs)));
    }

    /// <summary>The batch-and-sleep baseline: no rate limiter, no overlap between batches.</summary>
    private static async Task<TimeSpan> BatchAndSleepBaselineAsync(
        IAnswerEngineRegistry registry, string[] platforms, IReadOnlyList<string> questions, string[] brands, int batchSize, TimeSpan sleep)
    {
        var engines = platforms.Select(p => registry.TryGet(p, out var e) ? e : throw new InvalidOperationException(p)).ToArray();
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < questions.Count; start += batchSize)
        {
            var batch = questions.Skip(start).Take(batchSize);
            var calls = from question in batch
                        from engine in engines
                        select AskQuietlyAsync(engine, new AnswerRequest(question, 1, brands));
            await Task.WhenAll(calls);
            if (start + batchSize < questions.Count)
            {
                await Task.Delay(sleep);
            }
        }
        return watch.Elapsed;
    }

    private static async Task AskQuietlyAsync(IAnswerEngine engine, AnswerRequest request)
    {
        try
        {
            await engine.AskAsync(request, CancellationToken.None);
        }
        catch (AnswerEngineException)
        {
            // The baseline counts a failure and moves on; the simulated platforms here have a failure rate of 0 anyway.
        }
    }
}
