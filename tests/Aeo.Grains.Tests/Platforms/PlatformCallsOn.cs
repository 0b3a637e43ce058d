namespace Aeo.Grains.Tests.Platforms;

/// <summary>Calls a platform through a silo's own <see cref="PlatformCalls"/>, as its grains do.</summary>
internal static class PlatformCallsOn
{
    public static Task<PlatformCallResult> AskAsync(InProcessSiloHandle silo, string platform, CancellationToken ct = default)
    {
        var services = silo.ServiceProvider;
        Assert.True(services.GetRequiredService<IAnswerEngineRegistry>().TryGet(platform, out var engine));
        return services.GetRequiredService<PlatformCalls>().AskAsync(engine, new AnswerRequest("Which CRM suits a small agency?", 1, []), ct);
    }

    /// <summary>Sets a platform's limits on top of <see cref="Infrastructure.AeoTestCluster.AddSimulated"/>.</summary>
    public static void Limit(Dictionary<string, string?> settings, string platform, string key, int value) =>
        settings[$"Aeo:Platforms:{platform}:{key}"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
