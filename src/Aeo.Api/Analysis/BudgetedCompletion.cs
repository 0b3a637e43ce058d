using Aeo.Analysis.Llm;

namespace Aeo.Api.Analysis;

/// <summary>A completion that asks its budget before every call and does not call once the budget says no.</summary>
public sealed class BudgetedCompletion(ITextCompletion inner, Func<CancellationToken, Task<bool>> takeCall) : ITextCompletion
{
    public string Source => inner.Source;

    public async Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken) =>
        await takeCall(cancellationToken)
            ? await inner.CompleteAsync(prompt, cancellationToken)
            : throw new JudgeBudgetSpentException();
}

/// <summary>The caller's judge budget for the day is spent; the analysis keeps the lexicon's reading.</summary>
public sealed class JudgeBudgetSpentException() : Exception("The judge budget of this key is spent for today.");
