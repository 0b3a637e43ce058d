namespace Aeo.Platforms.Tests;

public sealed class AnswerEngineExceptionTests
{
    /// <summary>
    /// For every class: whether the same call may succeed later (retried, the work item kept), and whether the failure
    /// says the provider is unhealthy (counted by its circuit breaker). A class added to the enum fails the theory
    /// below until it is given its row here.
    /// </summary>
    private static readonly Dictionary<EngineErrorClass, (bool Transient, bool CountsAgainstHealth)> Decided = new()
    {
        [EngineErrorClass.RateLimit] = (Transient: true, CountsAgainstHealth: false),
        [EngineErrorClass.Timeout] = (Transient: true, CountsAgainstHealth: true),
        [EngineErrorClass.Unavailable] = (Transient: true, CountsAgainstHealth: true),
        [EngineErrorClass.InvalidResponse] = (Transient: true, CountsAgainstHealth: true),
        [EngineErrorClass.CircuitOpen] = (Transient: true, CountsAgainstHealth: false),
        [EngineErrorClass.Authentication] = (Transient: false, CountsAgainstHealth: false),
        [EngineErrorClass.BadRequest] = (Transient: false, CountsAgainstHealth: false),
        [EngineErrorClass.SpendCapReached] = (Transient: false, CountsAgainstHealth: false),
        [EngineErrorClass.Unknown] = (Transient: false, CountsAgainstHealth: true),
    };

    public static TheoryData<EngineErrorClass> EveryErrorClass => [.. Enum.GetValues<EngineErrorClass>()];

    [Theory]
    [MemberData(nameof(EveryErrorClass))]
    public void Every_error_class_is_retried_and_counted_against_health_as_decided(EngineErrorClass errorClass)
    {
        Assert.True(Decided.TryGetValue(errorClass, out var decided), $"EngineErrorClass.{errorClass} has no row in {nameof(Decided)}: decide whether it is transient and whether it counts against health.");

        var error = new AnswerEngineException(errorClass, "x");

        Assert.Equal(decided.Transient, error.IsTransient);
        Assert.Equal(decided.CountsAgainstHealth, error.CountsAgainstHealth);
    }

    [Fact]
    public void Carries_class_message_retry_after_and_inner_exception()
    {
        var inner = new HttpRequestException("429");
        var error = new AnswerEngineException(EngineErrorClass.RateLimit, "slow down", TimeSpan.FromSeconds(7), inner);
        Assert.Equal(EngineErrorClass.RateLimit, error.ErrorClass);
        Assert.Equal("slow down", error.Message);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Same(inner, error.InnerException);
        Assert.Null(new AnswerEngineException(EngineErrorClass.Unknown, "x").RetryAfter);
    }
}
