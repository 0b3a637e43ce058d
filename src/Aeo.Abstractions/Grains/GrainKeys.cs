namespace Aeo.Abstractions.Grains;

/// <summary>Grain keys are kept short: reminder rows store them in a bounded column.</summary>
public static class GrainKeys
{
    public static string Question(Guid runId, int ordinal) => $"{runId:N}/{ordinal}";
}
