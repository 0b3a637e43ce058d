namespace Aeo.Analysis.Questions;

/// <summary>
/// The questions for a request and, when a language model was asked for more, what became of its reply.
/// <see cref="Llm"/> is null when no model was asked.
/// </summary>
public sealed record QuestionSet(IReadOnlyList<GeneratedQuestion> Questions, LlmQuestionReport? Llm);

/// <summary>
/// What the model proposed and what was kept. <see cref="FailureReason"/> is set when nothing from the model
/// could be used (the call failed, or the reply held no valid new question); the set is then templates only.
/// <see cref="Accepted"/> counts questions that passed validation; the caps may still leave some out of the set.
/// </summary>
public sealed record LlmQuestionReport(
    string Source,
    int Proposed,
    int Accepted,
    IReadOnlyList<RejectedQuestion> Rejected,
    string? FailureReason)
{
    public bool Succeeded => FailureReason is null;
}

/// <summary>A proposed question left out, and why.</summary>
public sealed record RejectedQuestion(string Text, string Reason);
