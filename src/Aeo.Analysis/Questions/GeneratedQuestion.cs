namespace Aeo.Analysis.Questions;

/// <summary>
/// A question to ask the answer engines. <see cref="Type"/> is one of <see cref="QuestionTypes"/>;
/// <see cref="TargetBrand"/> is the brand the text names first, or null for a non-branded question.
/// </summary>
public sealed record GeneratedQuestion(string Text, string Category, string Type, double Priority, string? TargetBrand);
