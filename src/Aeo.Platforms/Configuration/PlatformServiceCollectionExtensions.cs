using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Platforms;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAnswerEngineRegistry"/> with one engine per entry of <c>Aeo:Platforms</c>
    /// (<c>Kind</c> defaults to the entry's name). With no entries at all, three simulated platforms
    /// (<c>simulated-a</c>, <c>simulated-b</c>, <c>simulated-c</c>) are registered so a demo works without keys.
    /// Configuration is read and validated here, so mistakes stop the application at startup.
    /// A <see cref="TimeProvider"/> registered in the container is used for simulated latency.
    /// </summary>
    /// <exception cref="InvalidOperationException">An entry is invalid.</exception>
    public static IServiceCollection AddAnswerEngines(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var platforms = PlatformConfigurationReader.Read(configuration);

        services.AddSingleton<IAnswerEngineRegistry>(provider =>
        {
            var timeProvider = provider.GetService<TimeProvider>() ?? TimeProvider.System;
            var http = ProviderHttpClients.Create();
            return new AnswerEngineRegistry(platforms.Select(p => AnswerEngineFactory.Create(p, http, timeProvider)));
        });
        return services;
    }
}
