using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Aeo.Grains.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The application name every process protects data under; processes of one deployment must share it.</summary>
    public const string DataProtectionApplicationName = "Aeo.Orleans";

    /// <summary>
    /// Webhooks as every API and silo process needs them: the settings (validated at start), Data Protection with its
    /// key ring in PostgreSQL (shared by all processes, so a secret the API encrypted a silo can decrypt), the URL
    /// policy, the sender and retry policy the dispatcher uses, and the events a run's end writes.
    /// </summary>
    public static IServiceCollection AddAeoWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Lease > o.Timeout, $"{WebhookOptions.Section}:Lease must be longer than {WebhookOptions.Section}:Timeout.")
            .Validate(o => o.RetryMaxDelay >= o.RetryBaseDelay, $"{WebhookOptions.Section}:RetryMaxDelay must be at least RetryBaseDelay.")
            .ValidateOnStart();
        services.AddOptions<ChangeOptions>()
            .Bind(configuration.GetSection(ChangeOptions.Section))
            .Validate(o => o.FalseDiscoveryRate is > 0 and < 1, $"{ChangeOptions.Section}:FalseDiscoveryRate must lie strictly between 0 and 1.")
            .ValidateOnStart();

        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.TryAddSingleton<PostgresXmlRepository>();
        services.AddOptions<KeyManagementOptions>().Configure<PostgresXmlRepository>((o, keys) => o.XmlRepository = keys);
        services.AddHostedService<KeyRingBootstrap>();

        services.TryAddSingleton<WebhookSecrets>();
        services.TryAddSingleton<WebhookUrlPolicy>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<WebhookRetryPolicy>();
        services.TryAddSingleton<RunEndEvents>();
        return services;
    }
}
