using Aeo.Platforms.Simulated;
using Microsoft.Extensions.Time.Testing;

namespace Aeo.Platforms.Tests.Simulated;

public sealed class LatencyTests
{
    private static readonly SimulatedPlatformOptions Typical = new() { LatencyMinMs = 500, LatencyMedianMs = 1200, LatencyMaxMs = 5000 };

    [Fact]
    public void Sampled_latency_stays_within_bounds_centres_on_the_median_and_has_a_long_tail()
    {
        var random = new Random(42);
        var samples = Enumerable.Range(0, 20_000).Select(_ => LatencySampler.Sample(Typical, random).TotalMilliseconds).Order().ToList();

        Assert.All(samples, ms => Assert.InRange(ms, 500, 5000));
        var median = samples[samples.Count / 2];
        Assert.InRange(median, 1100, 1300);
        var p95 = samples[(int)(samples.Count * 0.95)];
        Assert.True(p95 > 2 * median, $"p95 {p95:0} ms is not a long tail over a median of {median:0} ms");
        Assert.True(samples.Average() > median, "a long right tail pulls the mean above the median");
        var atMax = samples.Count(ms => ms == 5000) / (double)samples.Count;
        Assert.InRange(atMax, 0.002, 0.03);
        Assert.True(samples.Count(ms => ms == 500) < samples.Count * 0.1, "the minimum should be a floor, not a spike");
    }

    [Fact]
    public void Zero_latency_configuration_samples_zero()
    {
        var random = new Random(1);
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(TimeSpan.Zero, LatencySampler.Sample(TestEngines.NoLatency(), random)));
    }

    [Fact]
    public void Equal_median_and_max_gives_a_fixed_latency()
    {
        var fixedLatency = new SimulatedPlatformOptions { LatencyMinMs = 0, LatencyMedianMs = 250, LatencyMaxMs = 250 };
        Assert.Equal(TimeSpan.FromMilliseconds(250), LatencySampler.Sample(fixedLatency, new Random(3)));
    }

    [Fact]
    public async Task Zero_latency_engine_completes_synchronously_without_any_timer()
    {
        var time = new RecordingTimeProvider();
        var engine = TestEngines.Create(timeProvider: time);
        var task = engine.Ask("What is the best CRM for a nonprofit?");

        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(TimeSpan.Zero, (await task).Latency);
        Assert.Empty(time.RequestedDelays);
    }

    [Fact]
    public async Task Engine_waits_its_sampled_latency_on_the_injected_time_provider_deterministically()
    {
        var time = new RecordingTimeProvider();
        var engine = new SimulatedAnswerEngine("sim", new PlatformOptions { Simulated = Typical }, time);

        var answers = new List<EngineAnswer>();
        foreach (var question in TestEngines.Questions().Take(50))
        {
            answers.Add(await engine.Ask(question));
        }

        Assert.Equal(answers.Select(a => a.Latency), time.RequestedDelays);
        Assert.All(answers, a => Assert.InRange(a.Latency.TotalMilliseconds, 500, 5000));
        Assert.True(answers.Select(a => a.Latency).Distinct().Count() > 40, "latency should vary between questions");
        Assert.Equal(answers[0].Latency, (await engine.Ask(TestEngines.Questions().First())).Latency);
    }

    [Fact]
    public async Task An_answer_comes_when_its_sampled_latency_has_passed_on_the_clock_and_not_before()
    {
        const string question = "What is the best CRM for a nonprofit?";
        var latency = (await new SimulatedAnswerEngine("sim", new PlatformOptions { Simulated = Typical }, new RecordingTimeProvider()).Ask(question)).Latency;
        var clock = new FakeTimeProvider();
        var engine = new SimulatedAnswerEngine("sim", new PlatformOptions { Simulated = Typical }, clock);

        var call = engine.Ask(question);
        clock.Advance(latency - TimeSpan.FromMilliseconds(1));
        Assert.False(call.IsCompleted, $"answered before its {latency.TotalMilliseconds} ms had passed");
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(latency, (await call.WaitAsync(TimeSpan.FromSeconds(30))).Latency);
    }

    [Fact]
    public async Task Cancelling_a_call_that_waits_out_its_latency_ends_it_as_cancelled()
    {
        // The clock never moves, so only the cancellation can end the wait.
        var engine = new SimulatedAnswerEngine("sim", new PlatformOptions { Simulated = Typical }, new FakeTimeProvider());
        using var cancellation = new CancellationTokenSource();

        var call = engine.AskAsync(new AnswerRequest("What is the best CRM?", 0, TestEngines.Brands), cancellation.Token);
        Assert.False(call.IsCompleted);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }
}
