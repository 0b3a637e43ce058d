using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Aeo.Api.Http;

/// <summary>Request rates on <c>/api</c>, bound from <c>Aeo:RateLimits</c>; generous, so that only floods are refused.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Aeo:RateLimits";

    /// <summary>Requests one key may make per minute on one API process (a burst of as many, refilled evenly); 0 = no limit.</summary>
    [Range(0, 1_000_000)]
    public int PerKeyPerMinute { get; set; } = 3000;

    /// <summary>Requests without a valid key one address may make per minute on one API process; 0 = no limit.</summary>
    [Range(0, 1_000_000)]
    public int PerAddressPerMinute { get; set; } = 600;
}

/// <summary>
/// ASP.NET Core's rate limiter on the <c>/api</c> routes: a token bucket per key (by its reference, so two keys of one
/// client count apart), and per remote address for requests without a valid key. A refusal is a 429 problem with
/// <c>Retry-After</c>. The limiter runs after authentication, so it knows the key, and before authorization.
/// </summary>
public static class RateLimits
{
    public const string Policy = "aeo-api";

    public static IServiceCollection AddAeoRateLimits(this IServiceCollection services) => services
        .AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(Policy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>().Value;
                var key = context.User.KeyRef();
                var (partition, perMinute) = key is not null
                    ? ("key:" + key, settings.PerKeyPerMinute)
                    : ("address:" + context.Connection.RemoteIpAddress, settings.PerAddressPerMinute);
                return perMinute == 0
                    ? RateLimitPartition.GetNoLimiter(partition)
                    : RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perMinute,
                        TokensPerPeriod = Math.Max(1, perMinute / 60),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(perMinute >= 60 ? 1 : 60.0 / perMinute),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var problem = new TooManyRequestsProblem(
            "Too many requests",
            "This key (or, without a key, this address) is over its request rate; wait as Retry-After says.",
            TimeSpan.FromSeconds(seconds),
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        await problem.ExecuteAsync(rejected.HttpContext);
    }
}
