namespace Aeo.Grains.Maintenance;

/// <summary>Arms the retention reminder when a silo starts; every silo does it, and arming twice changes nothing.</summary>
public static class RetentionStartup
{
    public static ISiloBuilder AddRetentionStartup(this ISiloBuilder silo) =>
        silo.AddStartupTask(async (services, ct) =>
        {
            try
            {
                await services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionGrain>(RetentionGrain.Key).ArmAsync();
            }
            catch (Exception ex)
            {
                // The silo is still useful without it; the next silo start arms it.
                services.GetRequiredService<ILogger<RetentionGrain>>().LogWarning(ex, "Retention could not be armed at start");
            }
        });
}
