using Aeo.Api.Platforms;

namespace Aeo.Api.Mcp;

/// <summary>The configured answer engines and whether they can be asked now.</summary>
[McpServerToolType]
public sealed class PlatformTools(IAnswerEngineRegistry registry, IGrainFactory grains, TimeProvider time)
{
    [McpServerTool(Name = "platform_status", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The configured platforms (answer engines): kind, model, whether simulated (a local engine for demos, not a "
        + "real AI), requests per minute, availability now (available, paused, breaker_open or half_open, and until when), "
        + "circuit breaker state and how many recent errors. Use the names as platforms in start_audit.")]
    public async Task<IReadOnlyList<PlatformSummary>> PlatformStatusAsync(RequestContext<CallToolRequestParams> context)
    {
        var user = context.User();
        var platforms = await Task.WhenAll(registry.Platforms.Select(async descriptor =>
            PlatformMapping.ToResponse(descriptor, await grains.GetGrain<IPlatformGrain>(descriptor.Name).GetStatusAsync(), time.GetUtcNow(), user)));
        return platforms.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PlatformSummary(p.Name, p.Kind, p.Simulated, p.Model, p.RequestsPerMinute, p.Availability.State, p.Availability.Until,
                p.Breaker.State, p.RecentErrors.Count))
            .ToArray();
    }
}
