namespace Aeo.FakeProviders.Scripted;

/// <summary>Scripts for a <see cref="ScriptedChatProvider"/>, in OpenAI's error wire format.</summary>
public static class ChatFaults
{
    /// <summary>Answers everything.</summary>
    public static FakeReply? None(int request) => null;

    /// <summary>The first <paramref name="count"/> requests are refused 429 with a retry-after of one second.</summary>
    public static Func<int, FakeReply?> RateLimitedFirst(int count) => n => n <= count ? RateLimited() : null;

    /// <summary>Every request answered 503: the provider is down.</summary>
    public static FakeReply? Down(int request) => Unavailable();

    public static FakeReply RateLimited() =>
        FakeReply.Json(
                new { error = new { message = "Rate limit reached for requests. Please try again in 1s.", type = "requests", code = "rate_limit_exceeded" } },
                429)
            .WithHeader("retry-after", "1");

    public static FakeReply Unavailable() =>
        FakeReply.Json(new { error = new { message = "The server is overloaded.", type = "server_error" } }, 503);
}
