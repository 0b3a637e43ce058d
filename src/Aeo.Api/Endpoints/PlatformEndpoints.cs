using Aeo.Abstractions.Grains;
using Aeo.Api.Contracts;
using Aeo.Platforms;

namespace Aeo.Api.Endpoints;

public static class PlatformEndpoints
{
    public static void MapPlatformEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/platforms", ListAsync).WithTags("Platforms");

    /// <summary>The configured platforms with their limits and the live cluster-wide budget (never a key).</summary>
    private static async Task<IResult> ListAsync(IAnswerEngineRegistry registry, IGrainFactory grains)
    {
        var platforms = await Task.WhenAll(registry.Platforms.Select(async descriptor =>
        {
            var budget = await grains.GetGrain<IPlatformGrain>(descriptor.Name).GetBudgetAsync();
            return new PlatformResponse(
                descriptor.Name, descriptor.Kind, descriptor.IsSimulated, descriptor.Model, descriptor.RequestsPerMinute,
                descriptor.MaxConcurrency, new PlatformBudget(budget.RequestsPerMinute, budget.GrantedLastMinute, budget.NextFreeSlot));
        }));
        return TypedResults.Ok(platforms.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray());
    }
}
