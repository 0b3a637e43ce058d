namespace Aeo.Grains.Maintenance;

/// <summary>
/// Runs retention on a reminder. A tick only starts the sweep and returns (a tick is an ordinary grain call); a
/// repeated or overlapping tick finds the sweep running and does nothing. Holds no state: the reminder table holds the
/// period, and arming compares against it so that silo restarts do not keep pushing the next sweep out.
/// </summary>
public sealed class RetentionGrain(
    RetentionSweeper sweeper,
    IReminderTable reminderTable,
    IOptions<RetentionOptions> options,
    IOptions<ReminderOptions> reminderOptions,
    ILogger<RetentionGrain> logger) : Grain, IRetentionGrain, IRemindable
{
    public const long Key = 0;
    private const string SweepReminder = "retention";

    private Task? sweeping;

    private RetentionOptions Settings => options.Value;

    private TimeSpan Period =>
        Settings.Period > reminderOptions.Value.MinimumReminderPeriod ? Settings.Period : reminderOptions.Value.MinimumReminderPeriod;

    public async Task ArmAsync()
    {
        if (Settings.Days == 0)
        {
            await UnregisterAsync();
            return;
        }
        var armed = await reminderTable.ReadRow(this.GetGrainId(), SweepReminder);
        if (armed is null || armed.Period != Period)
        {
            await this.RegisterOrUpdateReminder(SweepReminder, Period, Period);
            logger.LogInformation("Retention armed: runs ended more than {Days} day(s) ago are deleted every {Period}", Settings.Days, Period);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != SweepReminder)
        {
            return;
        }
        if (Settings.Days == 0)
        {
            await UnregisterAsync();
            return;
        }
        if (sweeping is null || sweeping.IsCompleted)
        {
            sweeping = SweepAsync();
        }
    }

    private async Task SweepAsync()
    {
        try
        {
            await sweeper.SweepAsync(Settings.Days, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Retention failed; the next tick tries again");
        }
    }

    private async Task UnregisterAsync()
    {
        if (await this.GetReminder(SweepReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
