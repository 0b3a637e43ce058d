using Aeo.Analysis.Questions;

namespace Aeo.Grains.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>
    /// The analysis as silos and API hosts use it: question generation, the sentiment provider from
    /// <c>Aeo:Analysis</c> and the per-run answer analyzers. Needs the answer engines and a grain factory.
    /// </summary>
    public static IServiceCollection AddAeoAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalysisOptions>().Bind(configuration.GetSection(AnalysisOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionGenerator>();
        services.TryAddSingleton<PlatformCalls>();
        services.TryAddSingleton(sp => SentimentProviderFactory.Create(
            sp.GetRequiredService<IOptions<AnalysisOptions>>().Value,
            sp.GetRequiredService<IAnswerEngineRegistry>(),
            sp.GetRequiredService<PlatformCalls>()));
        services.TryAddSingleton<AnswerAnalyzerCache>();
        services.TryAddSingleton<QuestionPlanner>();
        return services;
    }
}
