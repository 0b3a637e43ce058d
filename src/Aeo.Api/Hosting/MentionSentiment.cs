using Aeo.Analysis.Sentiment;
using Aeo.Api.Analysis;
using Aeo.Grains.Analysis;
using Aeo.Grains.Platforms;

namespace Aeo.Api.Hosting;

/// <inheritdoc cref="IMentionSentiment"/>
public sealed class MentionSentiment(IOptions<AnalysisOptions> options, IAnswerEngineRegistry engines, PlatformCalls calls) : IMentionSentiment
{
    public ISentimentProvider Lexicon { get; } = new LexiconSentimentProvider();

    public string? JudgePlatform =>
        options.Value.SentimentJudgePlatform is { Length: > 0 } name && engines.TryGet(name, out _) ? name : null;

    public ISentimentProvider WithJudge(Guid? clientId, Func<CancellationToken, Task<bool>> takeCall)
    {
        var settings = options.Value;
        if (JudgePlatform is not { } name || !engines.TryGet(name, out var judge))
        {
            throw new InvalidOperationException("No sentiment judge is configured.");
        }
        var llm = new LlmSentimentProvider(new BudgetedCompletion(new PlatformTextCompletion(judge, calls, clientId), takeCall));
        return new SentimentEngine([Lexicon, llm], settings.SentimentStrategy, settings.SentimentConfidenceThreshold);
    }
}
