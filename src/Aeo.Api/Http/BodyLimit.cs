using Microsoft.AspNetCore.Http.Features;

namespace Aeo.Api.Http;

/// <summary>Endpoint metadata: the largest request body the endpoint reads. The last one added (the most specific) applies.</summary>
public sealed record BodyLimit(long Bytes);

public static class BodyLimitExtensions
{
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes));
}

/// <summary>
/// Holds each request to its endpoint's <see cref="BodyLimit"/>: a declared length over it is a 413 problem at once,
/// without reading a byte; a body that turns out longer while it is read (chunked) ends in the same 413.
/// </summary>
public sealed class BodyLimits(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<BodyLimit>();
        if (limit is null)
        {
            await next(context);
            return;
        }
        if (context.Request.ContentLength > limit.Bytes)
        {
            await TooLargeAsync(context, limit);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit.Bytes;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLargeAsync(context, limit);
        }
    }

    private ValueTask TooLargeAsync(HttpContext context, BodyLimit limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The rest of an unread body is not drained: the connection closes after this answer.
        context.Response.Headers.Connection = "close";
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The body is too large.",
                Detail = $"This route reads at most {limit.Bytes} bytes of body.",
                Extensions = { ["limitBytes"] = limit.Bytes },
            },
        });
    }
}
