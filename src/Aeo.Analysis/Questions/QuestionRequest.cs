namespace Aeo.Analysis.Questions;

/// <summary>
/// What to generate questions for. An empty <see cref="Categories"/> means every default category.
/// <see cref="CustomQuestions"/> are taken verbatim, in category "custom", ahead of everything generated.
/// </summary>
public sealed record QuestionRequest(
    string Brand,
    IReadOnlyList<string> Competitors,
    string Industry,
    IReadOnlyList<string> Categories,
    int MaxQuestions,
    IReadOnlyList<string>? CustomQuestions = null,
    IReadOnlyList<string>? UseCases = null);
