using System.Diagnostics;
using Aeo.Platforms;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Bench;

/// <summary>
/// Scenario A: one audit of N questions x 4 rate-limited simulated platforms through the grains, beside the seed's
/// algorithm (batches of 10 questions on every platform at once, wait for the whole batch, sleep 2 s) on the same
/// engine instances and the same questions.
/// </summary>
internal static class ScenarioA
{
    public sealed record Result(
        int Questions, int WorkItems, int Processed, int Failed, string Status,
        TimeSpan Ours, TimeSpan? Seed, TimeSpan Floor, double RateSeconds, double MedianLatencySeconds);

    public static async Task<Result> RunAsync(BenchHost host, BenchOptions o)
    {
        var platforms = BenchHost.RatedPlatforms;
        var spec = Audits.Spec(host.ClientId, platforms, o.Questions, samples: 1);
        var expected = o.Questions * platforms.Length;

        var (ours, view) = await Audits.RunAsync(host.Grains, spec, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(30));
        if (view.TotalWorkItems != expected || view.Processed + view.Failed != expected)
        {
            throw new InvalidOperationException(
                $"Scenario A ended {view.Status} with {view.Processed} processed + {view.Failed} failed of {view.TotalWorkItems}; expected {expected}.");
        }

        TimeSpan? seed = null;
        if (!o.SkipSeed)
        {
            seed = await SeedAlgorithmAsync(host.Services.GetRequiredService<IAnswerEngineRegistry>(), platforms,
                Audits.QuestionTexts(spec), spec.TrackedBrands.Select(b => b.Name).ToArray(), o.SeedBatch, TimeSpan.FromMilliseconds(o.SeedSleepMs));
        }

        var rate = o.Questions * 60.0 / o.RequestsPerMinute;
        var median = o.LatencyMedianMs / 1000.0;
        return new Result(o.Questions, view.TotalWorkItems, view.Processed, view.Failed, view.Status.ToString(),
            ours, seed, TimeSpan.FromSeconds(rate + median), rate, median);
    }

    /// <summary>The seed's loop: no rate limiter, no overlap between batches.</summary>
    private static async Task<TimeSpan> SeedAlgorithmAsync(
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
            // The seed counts a failure and moves on; the simulated platforms here have a failure rate of 0 anyway.
        }
    }
}
