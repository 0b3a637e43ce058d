namespace Aeo.Grains.Tests.Platforms;

/// <summary>The sliding tokens-per-minute budget: what fits when, corrections, and forgetting what left the window.</summary>
public sealed class TokenBudgetTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_call_waits_until_enough_older_calls_have_left_the_window()
    {
        var budget = new TokenBudget { TokensPerMinute = 1000 };
        budget.Reserve(Guid.NewGuid(), T0, 400);
        budget.Reserve(Guid.NewGuid(), T0.AddSeconds(10), 400);

        Assert.Equal(T0.AddSeconds(20), budget.FitsAt(200, T0.AddSeconds(20)));
        Assert.Equal(T0.AddSeconds(60), budget.FitsAt(500, T0.AddSeconds(20)));
        Assert.Equal(T0.AddSeconds(70), budget.FitsAt(900, T0.AddSeconds(20)));
    }

    [Fact]
    public void A_report_replaces_the_estimate_with_the_real_usage()
    {
        var budget = new TokenBudget { TokensPerMinute = 1000 };
        var lease = Guid.NewGuid();
        budget.Reserve(lease, T0, 900);
        Assert.Equal(T0.AddSeconds(60), budget.FitsAt(300, T0.AddSeconds(1)));

        budget.Correct(lease, 150);

        Assert.Equal(T0.AddSeconds(1), budget.FitsAt(300, T0.AddSeconds(1)));
        Assert.Equal(150, budget.SpentWithin(T0.AddSeconds(1)));
    }

    [Fact]
    public void Without_a_limit_it_still_counts_the_last_minute_and_forgets_the_rest()
    {
        var budget = new TokenBudget();
        for (var second = 0; second < 180; second++)
        {
            budget.Reserve(Guid.NewGuid(), T0.AddSeconds(second), 10);
        }

        Assert.Equal(T0.AddSeconds(200), budget.FitsAt(1_000_000, T0.AddSeconds(200)));
        Assert.Equal(600, budget.SpentWithin(T0.AddSeconds(179)));
        Assert.True(budget.Tracked <= 61, $"{budget.Tracked} calls are still tracked; only the last minute's should be.");
    }
}
