using System.Reflection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Aeo.Api.Audits;

/// <summary>
/// Server-sent events for one run: a <c>progress</c> event whenever its status changes, then an <c>end</c>
/// event with the final status, after which the stream closes. Each event's data is the run as
/// <c>GET /api/v1/audits/{id}</c> shows it, which is what the OpenAPI document says of the stream. The key that opened
/// the stream is checked again on every poll (the verifier answers from its short cache): once it is revoked the stream
/// sends a <c>closed</c> event and ends. The stream holds one of its key's places at the <see cref="EventStreamGate"/>
/// until it ends.
/// </summary>
public sealed class AuditEventStream(IAuditRunGrain run, AuditRunView first, IDisposable place, Func<CancellationToken, Task<bool>> keyStillValid)
    : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/event-stream";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            await WriteAsync(httpContext.Response, httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The listener went away.
        }
        finally
        {
            place.Dispose();
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(AuditRunResponse), [ContentType]));

    private async Task WriteAsync(HttpResponse response, CancellationToken ct)
    {
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        var json = response.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        var view = first;
        string? lastSent = null;
        var quietSince = DateTime.UtcNow;
        while (!ct.IsCancellationRequested)
        {
            var payload = JsonSerializer.Serialize<AuditRunResponse>(AuditMapping.ToResponse(view), json);
            var ended = view.Status.IsTerminal();
            if (ended || payload != lastSent)
            {
                await response.WriteAsync($"event: {(ended ? "end" : "progress")}\ndata: {payload}\n\n", ct);
                await response.Body.FlushAsync(ct);
                lastSent = payload;
                quietSince = DateTime.UtcNow;
                if (ended)
                {
                    return;
                }
            }
            else if (DateTime.UtcNow - quietSince > KeepAlive)
            {
                await response.WriteAsync(": keep-alive\n\n", ct);
                await response.Body.FlushAsync(ct);
                quietSince = DateTime.UtcNow;
            }
            await Task.Delay(PollInterval, ct);
            if (!await keyStillValid(ct))
            {
                await response.WriteAsync("event: closed\ndata: {\"reason\":\"key_not_valid\"}\n\n", ct);
                await response.Body.FlushAsync(ct);
                return;
            }
            view = await run.GetStatusAsync() ?? view;
        }
    }
}
