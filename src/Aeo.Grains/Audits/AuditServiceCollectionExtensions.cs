namespace Aeo.Grains.Audits;

public static class AuditServiceCollectionExtensions
{
    /// <summary>What audit run grains work with besides their state: their tables and their finalizing. Needs the repositories and the analysis.</summary>
    public static IServiceCollection AddAuditRuns(this IServiceCollection services)
    {
        services.TryAddSingleton<RunRecords>();
        services.TryAddSingleton<RunFinalizer>();
        return services;
    }
}
