using Aeo.Abstractions.Maintenance;

namespace Aeo.Abstractions.Grains;

/// <summary>The cluster's one retention timekeeper (key 0): a reminder that runs the <see cref="IRetentionSweeper"/>.</summary>
[Alias("aeo.IRetentionGrain")]
public interface IRetentionGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the reminder with the configured period, or removes it when retention is off; repeats change nothing.</summary>
    [Alias("arm")]
    Task ArmAsync();
}
