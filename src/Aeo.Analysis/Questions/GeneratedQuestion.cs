namespace Aeo.Analysis.Questions;

/// <summary>
/// A question to ask the answer engines. <see cref="Type"/> is one of <see cref="QuestionTypes"/>;
/// <see cref="TargetBrand"/> is the tracked brand the text names first, or null for a non-branded question.
/// <see cref="Priority"/> is <see cref="PriorityBreakdown.Score"/>; <see cref="Breakdown"/> says why.
/// <see cref="Source"/> is one of <see cref="QuestionSources"/>.
/// </summary>
public sealed record GeneratedQuestion(
    string Text,
    string Category,
    string Type,
    string? TargetBrand,
    PriorityBreakdown Breakdown,
    string Source)
{
    public double Priority => Breakdown.Score;
}
