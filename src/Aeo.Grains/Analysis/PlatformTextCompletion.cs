using Aeo.Analysis.Llm;

namespace Aeo.Grains.Analysis;

/// <summary>
/// A configured platform used as a plain LLM by the analysis (sentiment judge, question generator). Every call goes
/// through <see cref="PlatformCalls"/> like the audit's own calls, so analysis never pushes a platform past its
/// limits and is protected by the same retries, time limit and breaker.
/// </summary>
/// <param name="clientId">The client whose request the completion serves (a pasted answer), or null for the cluster's own use.</param>
public sealed class PlatformTextCompletion(IAnswerEngine engine, PlatformCalls calls, Guid? clientId = null) : ITextCompletion
{
    public string Source => engine.Platform;

    public async Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken)
    {
        var call = await calls.AskAsync(engine, new AnswerRequest(prompt, Sample: 0, TrackedBrands: []), cancellationToken, clientId);
        return call.Answer.Text;
    }
}
