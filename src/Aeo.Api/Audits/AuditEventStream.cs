using System.Text.Json;
using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Grains;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Aeo.Api.Audits;

/// <summary>
/// Server-sent events for one run: a <c>progress</c> event whenever its status changes, then an <c>end</c>
/// event with the final status, after which the stream closes.
/// </summary>
public static class AuditEventStream
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public static async Task WriteAsync(HttpResponse response, IAuditRunGrain run, AuditRunView first, CancellationToken ct)
    {
        response.ContentType = "text/event-stream";
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
            view = await run.GetStatusAsync() ?? view;
        }
    }
}
