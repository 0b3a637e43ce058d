using Aeo.Analysis.Sentiment;

namespace Aeo.Api.Analysis;

/// <summary>
/// The sentiment a pasted answer is read with: the lexicon alone, unless the caller asks for the LLM judge, whose
/// every call must first be granted by the caller's budget.
/// </summary>
public interface IMentionSentiment
{
    ISentimentProvider Lexicon { get; }

    /// <summary>The platform that judges sentiment; null when none is configured.</summary>
    string? JudgePlatform { get; }

    /// <summary>
    /// The lexicon with the judge, under the configured strategy. <paramref name="takeCall"/> is asked before each call to
    /// the judge; when it says no, the judge is not called and the lexicon's reading stands. The judge's failed calls are
    /// shown among the platform's recent errors to <paramref name="clientId"/> (and the operator).
    /// </summary>
    ISentimentProvider WithJudge(Guid? clientId, Func<CancellationToken, Task<bool>> takeCall);
}
