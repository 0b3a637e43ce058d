namespace Aeo.Platforms.Tests;

public sealed class AnswerEngineExceptionTests
{
    [Theory]
    [InlineData(EngineErrorClass.RateLimit, true)]
    [InlineData(EngineErrorClass.Timeout, true)]
    [InlineData(EngineErrorClass.Unavailable, true)]
    [InlineData(EngineErrorClass.Authentication, false)]
    [InlineData(EngineErrorClass.BadRequest, false)]
    [InlineData(EngineErrorClass.SpendCapReached, false)]
    [InlineData(EngineErrorClass.Unknown, false)]
    public void Only_rate_limits_timeouts_and_outages_are_transient(EngineErrorClass errorClass, bool transient)
        => Assert.Equal(transient, new AnswerEngineException(errorClass, "x").IsTransient);

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
