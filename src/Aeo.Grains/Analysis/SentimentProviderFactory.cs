using Aeo.Analysis.Sentiment;

namespace Aeo.Grains.Analysis;

/// <summary>The silo's sentiment provider: the lexicon alone, or the lexicon with an LLM judge under the configured strategy.</summary>
public static class SentimentProviderFactory
{
    public static ISentimentProvider Create(AnalysisOptions options, IAnswerEngineRegistry engines, PlatformCalls calls)
    {
        var lexicon = new LexiconSentimentProvider();
        if (string.IsNullOrWhiteSpace(options.SentimentJudgePlatform))
        {
            return lexicon;
        }
        if (!engines.TryGet(options.SentimentJudgePlatform, out var judge))
        {
            throw new InvalidOperationException(
                $"{AnalysisOptions.Section}:SentimentJudgePlatform names '{options.SentimentJudgePlatform}', which is not a configured platform.");
        }
        var llm = new LlmSentimentProvider(new PlatformTextCompletion(judge, calls));
        return new SentimentEngine([lexicon, llm], options.SentimentStrategy, options.SentimentConfidenceThreshold);
    }
}
