namespace Aeo.Api.Platforms;

public static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this RouteGroupBuilder api)
    {
        var platforms = api.MapGroup("/platforms").WithTags("Platforms");
        platforms.MapGet("", ListAsync);
        platforms.MapPost("/{name}/breaker/reset", ResetBreakerAsync).RequireOperator();
    }

    /// <summary>
    /// The configured platforms with their limits, availability, live cluster-wide budget, breaker and recent errors (never
    /// a key; a client key sees the errors of its own calls only).
    /// </summary>
    private static async Task<Ok<PlatformResponse[]>> ListAsync(
        IAnswerEngineRegistry registry, IGrainFactory grains, TimeProvider time, ClaimsPrincipal user)
    {
        var platforms = await Task.WhenAll(registry.Platforms.Select(async descriptor =>
            PlatformMapping.ToResponse(descriptor, await grains.GetGrain<IPlatformGrain>(descriptor.Name).GetStatusAsync(), time.GetUtcNow(), user)));
        return TypedResults.Ok(platforms.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Closes the platform's breaker and lifts its pause (operator only).</summary>
    private static async Task<Results<Ok<PlatformResponse>, NotFoundProblem>> ResetBreakerAsync(
        string name, IAnswerEngineRegistry registry, IGrainFactory grains, TimeProvider time, ClaimsPrincipal user)
    {
        var descriptor = registry.Platforms.FirstOrDefault(p => p.Name == name);
        if (descriptor is null)
        {
            return new NotFoundProblem($"No platform named '{name}' is configured.");
        }
        var gate = grains.GetGrain<IPlatformGrain>(descriptor.Name);
        await gate.ResetBreakerAsync();
        return TypedResults.Ok(PlatformMapping.ToResponse(descriptor, await gate.GetStatusAsync(), time.GetUtcNow(), user));
    }
}
