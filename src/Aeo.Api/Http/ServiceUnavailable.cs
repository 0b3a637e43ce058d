using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime.Messaging;
using Orleans.Serialization;

namespace Aeo.Api.Http;

/// <summary>
/// 503 with <c>Retry-After</c> for what a retry a few seconds later can get past: the database away (refused or cut
/// connections, time-outs), or the cluster not answering. Never a 500 for those, and never a hang: the connection
/// strings carry short connect timeouts.
/// </summary>
public sealed class ServiceUnavailable(IProblemDetailsService problems, ILogger<ServiceUnavailable> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }
        logger.LogWarning("{Method} {Path} answered 503: {Reason}", httpContext.Request.Method, httpContext.Request.Path, Describe(exception));
        await WriteAsync(httpContext, problems, exception);
        return true;
    }

    /// <summary>The 503 problem, for the places that meet the outage outside the exception handler (authentication).</summary>
    public static async Task WriteAsync(HttpContext httpContext, IProblemDetailsService problems, Exception? exception)
    {
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service unavailable",
                Detail = $"The database or the cluster did not answer. Nothing was changed; try again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    /// <summary>The database away, a time-out, or a cluster that cannot be reached, anywhere in the exception's chain.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        if (DatabaseOutage.IsOutage(exception))
        {
            return true;
        }
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException:
                    return true;
                // A grain's exception whose type this process cannot rebuild arrives as its type's name.
                case UnavailableExceptionFallbackException fallback when fallback.ExceptionType?.Contains("Npgsql", StringComparison.Ordinal) == true:
                    return true;
            }
        }
        return false;
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.GetType().Name} ({inner.GetType().Name}: {inner.Message})" : $"{exception.GetType().Name}: {exception.Message}";
}
