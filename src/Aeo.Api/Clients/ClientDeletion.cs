namespace Aeo.Api.Clients;

/// <summary>What a deletion came to.</summary>
public abstract record DeletionOutcome
{
    public sealed record NotFound : DeletionOutcome;

    /// <summary>Not forced, and the client still has active runs or schedules: nothing was changed.</summary>
    public sealed record Busy(ClientActivity Activity) : DeletionOutcome;

    /// <param name="CancelledRuns">Runs that were still going and were cancelled.</param>
    public sealed record Deleted(int CancelledRuns, int DeletedSchedules, int DeletedRuns) : DeletionOutcome;
}

/// <summary>
/// Deletes a client and everything it owns: marks it first (its keys stop working, nothing new starts for it), then
/// deletes its schedules through their grains (so their reminders go), cancels its active runs, forgets every run's grain
/// state, and removes its rows. A run or schedule that slipped in meanwhile is stopped in another round. Every step
/// repeats harmlessly, so a deletion cut short is finished by asking again.
/// </summary>
public sealed class ClientDeletion(
    ClientDeletionRepository deletion, IGrainFactory grains, ApiKeyVerifier verifier, RunStatusCache statuses, TimeProvider time)
{
    private const int MaxRounds = 5;
    private const int FanOut = 32;

    public async Task<DeletionOutcome> DeleteAsync(Guid clientId, bool force, CancellationToken ct)
    {
        var (start, activity) = await deletion.BeginAsync(clientId, refuseIfActive: !force, time.GetUtcNow(), ct);
        switch (start)
        {
            case DeletionStart.NoSuchClient:
                return new DeletionOutcome.NotFound();
            case DeletionStart.Busy:
                return new DeletionOutcome.Busy(activity);
        }
        verifier.ForgetClient(clientId);

        var stopped = new HashSet<Guid>();
        int cancelled = 0, schedules = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            foreach (var schedule in await deletion.SchedulesAsync(clientId, ct))
            {
                await grains.GetGrain<IScheduleGrain>(schedule).DeleteAsync();
                schedules++;
            }
            var active = (await deletion.ActiveRunsAsync(clientId, ct)).Where(id => !stopped.Contains(id)).ToList();
            cancelled += await ForEachAsync(active, async id => await grains.GetGrain<IAuditRunGrain>(id).CancelAsync() is not null);
            stopped.UnionWith(active);
            var all = await deletion.RunsAsync(clientId, ct);
            await ForEachAsync(all, async id =>
            {
                var forgotten = await grains.GetGrain<IAuditRunGrain>(id).ForgetAsync();
                // Read again, so this process's status cache no longer shows the forgotten run.
                await statuses.RefreshAsync(id);
                return forgotten;
            });
            if (await deletion.RemoveAsync(clientId, stopped, ct))
            {
                return new DeletionOutcome.Deleted(cancelled, schedules, all.Count);
            }
        }
        throw new InvalidOperationException(
            $"Client {clientId} kept starting runs or schedules while it was being deleted; it is marked as deleted, ask again to finish.");
    }

    /// <summary>Calls <paramref name="action"/> for each id, at most <see cref="FanOut"/> at once; counts the true answers.</summary>
    private static async Task<int> ForEachAsync(IReadOnlyList<Guid> ids, Func<Guid, Task<bool>> action)
    {
        var count = 0;
        foreach (var chunk in ids.Chunk(FanOut))
        {
            count += (await Task.WhenAll(chunk.Select(action))).Count(done => done);
        }
        return count;
    }
}
