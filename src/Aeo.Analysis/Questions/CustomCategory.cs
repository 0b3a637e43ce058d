namespace Aeo.Analysis.Questions;

/// <summary>
/// A question category a client adds: a lowercase slug <see cref="Name"/> (e.g. "security"), templates
/// using the same slots as the built-in ones (<see cref="QuestionSlots"/>), and the category weight its
/// questions get in <see cref="PriorityBreakdown"/> (0 to 1; built-in weights run from 0.5 to 1.0).
/// </summary>
public sealed record CustomCategory(string Name, IReadOnlyList<string> Templates, double Weight = CustomCategory.DefaultWeight)
{
    /// <summary>The weight of a custom category that names none: between how-to (0.5) and recommendation (1.0).</summary>
    public const double DefaultWeight = 0.7;
}
