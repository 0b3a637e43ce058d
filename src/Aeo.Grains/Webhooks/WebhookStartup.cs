namespace Aeo.Grains.Webhooks;

/// <summary>Arms the dispatcher's keep-alive reminder when a silo starts; every silo does it, and arming twice changes nothing.</summary>
public static class WebhookStartup
{
    public static ISiloBuilder AddWebhookDispatch(this ISiloBuilder silo) =>
        silo.AddStartupTask(async (services, ct) =>
        {
            try
            {
                await services.GetRequiredService<IGrainFactory>().GetGrain<IWebhookDispatcherGrain>(WebhookDispatcherGrain.Key).ArmAsync();
            }
            catch (Exception ex)
            {
                services.GetRequiredService<ILogger<WebhookDispatcherGrain>>().LogWarning(ex, "The webhook dispatcher could not be armed at start");
            }
        });
}
