namespace Aeo.Api.Tests.Auth;

/// <summary>Wrong keys from one address: past the limit the address waits, and no key from it is checked meanwhile.</summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const int Limit = 3;
    private readonly ApiServer server = new();

    public Task InitializeAsync() => server.StartAsync([$"--Aeo:Auth:FailedSignInLimit={Limit}", "--Aeo:Auth:FailedSignInWindow=00:05:00"]);

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task Past_the_limit_an_address_gets_429_with_retry_after_even_for_a_valid_key()
    {
        using var operatorClient = server.Client(ApiServer.OperatorKey);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/v1/platforms")).StatusCode);

        for (var i = 0; i < Limit; i++)
        {
            using var guess = server.Client($"aeo_guess_{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await guess.GetAsync("/api/v1/platforms")).StatusCode);
        }
        using var oneMore = server.Client("aeo_guess_more");
        var throttled = await oneMore.GetAsync("/api/v1/platforms");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        var wait = throttled.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

        // The valid key from the same address is not even checked until the wait is over.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await operatorClient.GetAsync("/api/v1/platforms")).StatusCode);
        // A request without a key is not a failed sign-in: it is told to sign in.
        using var anonymous = server.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/platforms")).StatusCode);
    }
}
