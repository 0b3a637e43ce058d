using System.Collections.Concurrent;

namespace Aeo.Storage.Tests.Cluster;

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)] public string? Value { get; set; }
    [Id(1)] public int Writes { get; set; }
}

public interface IProbeGrain : IGrainWithStringKey
{
    Task Set(string value);
    Task<string?> Get();
    Task<bool> RecordExists();
    Task Clear();
    Task Deactivate();
    Task<Guid> ActivationId();
    Task StartReminder(TimeSpan period);
    Task<List<string>> ListReminders();
    Task StopReminder();
}

public sealed class ProbeGrain([PersistentState("probe", "x")] IPersistentState<ProbeState> state) : Grain, IProbeGrain, IRemindable
{
    public static readonly ConcurrentDictionary<string, int> Ticks = new();

    private readonly Guid activationId = Guid.NewGuid();

    public async Task Set(string value)
    {
        state.State.Value = value;
        state.State.Writes++;
        await state.WriteStateAsync();
    }

    public Task<string?> Get() => Task.FromResult(state.State.Value);

    public Task<bool> RecordExists() => Task.FromResult(state.RecordExists);

    public Task Clear() => state.ClearStateAsync();

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    /// <summary>New with every activation, so a test can tell when a call reached a fresh one that read its state from storage.</summary>
    public Task<Guid> ActivationId() => Task.FromResult(activationId);

    public Task StartReminder(TimeSpan period) => this.RegisterOrUpdateReminder("tick", TimeSpan.FromSeconds(1), period);

    public async Task<List<string>> ListReminders() => (await this.GetReminders()).Select(r => r.ReminderName).ToList();

    public async Task StopReminder()
    {
        var r = await this.GetReminder("tick");
        if (r is not null)
        {
            await this.UnregisterReminder(r);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.AddOrUpdate(this.GetPrimaryKeyString() + "/" + reminderName, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
