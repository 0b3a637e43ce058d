namespace Aeo.Grains.Audits;

/// <summary>
/// The reminder that brings an active run back if its silo dies: armed whenever a run becomes active, before anything
/// else changes, and dropped once it has ended.
/// </summary>
internal sealed class RunWatchdog(IGrainBase grain, TimeSpan period)
{
    public const string Name = "watchdog";

    public Task ArmAsync() => grain.RegisterOrUpdateReminder(Name, period, period);

    public async Task DisarmAsync()
    {
        var reminder = await grain.GetReminder(Name);
        if (reminder is not null)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
