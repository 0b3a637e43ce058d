namespace Aeo.Grains;

/// <summary>The grain storage provider every grain of ours persists its state in.</summary>
public static class GrainStorage
{
    public const string Name = "aeo";
}
