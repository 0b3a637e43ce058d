using Aeo.Analysis.Llm;
using Aeo.Grains.Platforms;
using Aeo.Platforms;

namespace Aeo.Grains.Analysis;

/// <summary>
/// A configured platform used as a plain LLM by the analysis (sentiment judge, question generator). Every call
/// takes a slot from the platform's cluster-wide budget, like the audit's own calls, so analysis never pushes
/// a platform past its limits.
/// </summary>
public sealed class PlatformTextCompletion(IAnswerEngine engine, PlatformSlots slots) : ITextCompletion
{
    public string Source => engine.Platform;

    public async Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(engine.Platform, cancellationToken);
        var answer = await engine.AskAsync(new AnswerRequest(prompt, Sample: 0, TrackedBrands: []), cancellationToken);
        return answer.Text;
    }
}
