namespace Aeo.Grains.Platforms;

/// <summary>What a platform's budget keeps across activations.</summary>
[GenerateSerializer, Alias("aeo.platform-budget-state")]
public sealed class PlatformBudgetState
{
    /// <summary>The first slot still free when the last activation ended cleanly.</summary>
    [Id(0)] public DateTimeOffset? NextSlotAfterCleanStop { get; set; }
}
