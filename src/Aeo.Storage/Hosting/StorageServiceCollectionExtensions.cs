using Aeo.Storage.Discovery;
using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Storage.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The database, the repositories and the batched response writer (as a hosted service).</summary>
    public static IServiceCollection AddAeoStorage(this IServiceCollection services, string connectionString)
    {
        // A factory, not an instance, so the container disposes the connection pool with the host.
        services.AddSingleton(_ => new AeoDatabase(connectionString));
        services.AddSingleton<ClientRepository>();
        services.AddSingleton<ClientKeyRepository>();
        services.AddSingleton<ClientDeletionRepository>();
        services.AddSingleton<ClientCompetitorRepository>();
        services.AddSingleton<AuditRunRepository>();
        services.AddSingleton<QuestionRepository>();
        services.AddSingleton<ResponseRepository>();
        services.AddSingleton<ReportRepository>();
        services.AddSingleton<DeadLetterRepository>();
        services.AddSingleton<ScheduleRepository>();
        services.AddSingleton<RunMaintenanceRepository>();
        services.AddSingleton<JudgeUsageRepository>();
        services.AddSingleton<IdempotencyKeyRepository>();
        services.AddSingleton<AccessLogRepository>();
        services.AddSingleton<RunFiguresRepository>();
        services.AddSingleton<RunFiguresRecorder>();
        services.AddSingleton<RunQuestionTexts>();
        services.AddSingleton<AnswerObservations>();
        services.AddSingleton<RunFiguresSource>();
        services.AddSingleton<RunChangeFinder>();
        services.AddSingleton<RunChangeStore>();
        services.AddSingleton<WebhookSubscriptionRepository>();
        services.AddSingleton<WebhookDeliveryQueue>();
        services.AddSingleton<DiscoveredBrandRepository>();
        services.AddSingleton<DiscoveryRecorder>();
        services.AddSingleton<ResponseBatchWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ResponseBatchWriter>());
        return services;
    }
}
