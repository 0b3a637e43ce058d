using Aeo.Analysis.Llm;
using Aeo.Analysis.Sentiment.Judge;

namespace Aeo.Analysis.Sentiment;

/// <summary>
/// Asks a configured language model for the stance of an answer towards its brands, by the one definition
/// (<see cref="SentimentDefinition"/>). All targets over the same answer text go into ONE prompt asking for strict JSON
/// (id, brand, label of three, mixed flag, score in [-1, 1], confidence in [0, 1]); the reply may be wrapped in a
/// ```json fence. A failing completion, a refusal or other prose, malformed JSON, a missing, duplicated or unknown
/// target, a brand that does not match, a label outside the three, a missing mixed flag or an out-of-range number all
/// fail with <see cref="SentimentProviderException"/>.
/// Results carry <see cref="Name"/> ("llm:" + the completion's source) as their source. Thread-safe if the completion is.
/// </summary>
public sealed class LlmSentimentProvider : ISentimentProvider
{
    private readonly ITextCompletion completion;

    public LlmSentimentProvider(ITextCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        this.completion = completion;
        Name = $"llm:{completion.Source}";
    }

    public string Name { get; }

    public async Task<SentimentResult> AnalyzeAsync(SentimentTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var results = await AnalyzeManyAsync([target], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    public async Task<IReadOnlyList<SentimentResult>> AnalyzeManyAsync(IReadOnlyList<SentimentTarget> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var results = new SentimentResult[targets.Count];
        foreach (var answer in Enumerable.Range(0, targets.Count).GroupBy(i => targets[i].Text, StringComparer.Ordinal))
        {
            var indices = answer.ToArray();
            var answerTargets = indices.Select(i => targets[i]).ToArray();
            var reply = await CompleteAsync(SentimentPrompt.Build(answer.Key, answerTargets), cancellationToken).ConfigureAwait(false);
            var parsed = SentimentReplyParser.Parse(reply, answerTargets, Name);
            for (var k = 0; k < indices.Length; k++)
            {
                results[indices[k]] = parsed[k];
            }
        }

        return results;
    }

    private async Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken)
    {
        try
        {
            return await completion.CompleteAsync(prompt, cancellationToken).ConfigureAwait(false)
                ?? throw new SentimentProviderException(Name, "the completion returned nothing.");
        }
        catch (Exception exception) when (exception is not (SentimentProviderException or OperationCanceledException)
                                           || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SentimentProviderException(Name, $"the completion failed: {exception.Message}", exception);
        }
    }
}
