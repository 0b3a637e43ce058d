namespace Aeo.Abstractions.Grains;

/// <summary>Where the cluster's one <see cref="IWebhookDispatcherGrain"/> lives.</summary>
public static class WebhookDispatcher
{
    public const long Key = 0;
}
