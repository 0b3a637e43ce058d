using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Platforms.Tests.Configuration;

/// <summary>Platform entries as in-memory configuration, the registry built from them, and the startup error they cause.</summary>
internal static class PlatformConfiguration
{
    public static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    public static IAnswerEngineRegistry Registry(params (string Key, string? Value)[] values) => Registry(Config(values));

    public static IAnswerEngineRegistry Registry(IConfiguration configuration, TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        return services.AddAnswerEngines(configuration).BuildServiceProvider().GetRequiredService<IAnswerEngineRegistry>();
    }

    /// <summary>The message of the exception that registering these entries throws.</summary>
    public static string StartupError(params (string Key, string? Value)[] values) =>
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddAnswerEngines(Config(values))).Message;
}
