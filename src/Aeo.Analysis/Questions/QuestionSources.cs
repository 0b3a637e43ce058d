namespace Aeo.Analysis.Questions;

/// <summary>Where a question came from.</summary>
public static class QuestionSources
{
    /// <summary>Filled from a built-in or custom-category template.</summary>
    public const string Template = "template";

    /// <summary>Supplied verbatim by the client.</summary>
    public const string Custom = "custom";

    /// <summary>Proposed by a language model (<see cref="LlmQuestionGenerator"/>) and validated.</summary>
    public const string Llm = "llm";
}
