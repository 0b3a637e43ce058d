namespace Aeo.Grains.Maintenance;

public static class MaintenanceServiceCollectionExtensions
{
    /// <summary>Recovery and retention settings (<c>Aeo:Recovery</c>, <c>Aeo:Retention</c>) and the services that act on them.</summary>
    public static IServiceCollection AddAeoMaintenance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecoveryOptions>().Bind(configuration.GetSection(RecoveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RunRecovery>();
        services.TryAddSingleton<IRunRecovery>(sp => sp.GetRequiredService<RunRecovery>());
        services.TryAddSingleton<SecurityRecordsSweeper>();
        services.TryAddSingleton<RetentionSweeper>();
        services.TryAddSingleton<IRetentionSweeper>(sp => sp.GetRequiredService<RetentionSweeper>());
        return services;
    }
}
