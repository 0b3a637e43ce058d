namespace Aeo.Platforms.Tests.Simulated;

public sealed class FailureTests
{
    private static async Task<AnswerEngineException?> TryAsk(IAnswerEngine engine, string question, int sample)
    {
        try
        {
            await engine.Ask(question, sample);
            return null;
        }
        catch (AnswerEngineException error)
        {
            return error;
        }
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(0.05, 0.03, 0.07)]
    [InlineData(0.2, 0.16, 0.24)]
    [InlineData(1.0, 1.0, 1.0)]
    public async Task Failure_rate_holds_over_2000_calls(double rate, double low, double high)
    {
        var engine = TestEngines.Create(failureRate: rate);
        var failures = 0;
        var calls = 0;
        foreach (var question in TestEngines.Questions())
        {
            for (var sample = 0; sample < 7 && calls < 2000; sample++, calls++)
            {
                var error = await TryAsk(engine, question, sample);
                if (error is not null)
                {
                    Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
                    Assert.True(error.IsTransient);
                    failures++;
                }
            }
        }

        Assert.Equal(2000, calls);
        Assert.InRange(failures / 2000.0, low, high);
    }

    [Fact]
    public async Task Retrying_a_failed_call_eventually_succeeds_with_the_same_text_as_a_healthy_engine()
    {
        var flaky = TestEngines.Create(failureRate: 0.5);
        var healthy = TestEngines.Create(failureRate: 0);
        var retried = 0;
        foreach (var question in TestEngines.Questions().Take(60))
        {
            EngineAnswer? answer = null;
            for (var attempt = 0; attempt < 30 && answer is null; attempt++)
            {
                try
                {
                    answer = await flaky.Ask(question);
                }
                catch (AnswerEngineException)
                {
                    retried++;
                }
            }

            Assert.NotNull(answer);
            Assert.Equal((await healthy.Ask(question)).Text, answer.Text);
        }

        Assert.True(retried > 10, "a 50 % failure rate should have forced some retries");
    }
}
