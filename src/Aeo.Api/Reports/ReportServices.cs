namespace Aeo.Api.Reports;

public static class ReportServices
{
    /// <summary>The run report's builder and how it finds what changed since the previous run.</summary>
    public static IServiceCollection AddRunReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportRunChanges>();
        services.AddSingleton<RunReportBuilder>();
        return services;
    }
}
