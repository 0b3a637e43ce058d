using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Json;

namespace Aeo.Api.Audits;

/// <summary>
/// What <c>GET /api/v1/audits/{id}</c> answers, kept per run for <see cref="HttpOptions.StatusCacheDuration"/>: the
/// run's status as its grain last told it, already written as JSON. Many pollers of one run then cost one grain call
/// per period instead of one each, and the run's activation keeps its turns for its own work. Concurrent misses of one
/// run share one grain call. An entry holds the run's owner, and every request is checked against it (<see
/// cref="Snapshot.ClientId"/>): an entry is a copy of what the owner and the operator may read, never an answer to
/// whoever asked first. What this process changes on a run (a cancel, a reprocess, a client's deletion) replaces its
/// entry at once; a change made elsewhere shows within the period.
/// </summary>
public sealed class RunStatusCache(IGrainFactory grains, IOptionsMonitor<HttpOptions> options, IOptions<JsonOptions> json, TimeProvider time)
{
    /// <summary>Past this many runs the expired entries go, and if that is not enough, all of them.</summary>
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, Snapshot> entries = new();
    private readonly ConcurrentDictionary<Guid, Task<Snapshot?>> refreshing = new();

    /// <summary>One run's status: its owner, the view and its JSON (an <see cref="AuditRunResponse"/>), and when it was read.</summary>
    public sealed record Snapshot(Guid ClientId, AuditRunView View, byte[] Json, DateTimeOffset ReadAt);

    /// <summary>The run's status, from the cache while it is fresh, else from its grain; null when there is no such run.</summary>
    public async ValueTask<Snapshot?> GetAsync(Guid runId)
    {
        var duration = options.CurrentValue.StatusCacheDuration;
        if (duration > TimeSpan.Zero && entries.TryGetValue(runId, out var cached) && time.GetUtcNow() - cached.ReadAt < duration)
        {
            return cached;
        }
        if (duration <= TimeSpan.Zero)
        {
            return Of(await grains.GetGrain<IAuditRunGrain>(runId).GetStatusAsync(), time.GetUtcNow());
        }
        var refresh = refreshing.GetOrAdd(runId, ReadAsync);
        try
        {
            return await refresh;
        }
        finally
        {
            refreshing.TryRemove(new KeyValuePair<Guid, Task<Snapshot?>>(runId, refresh));
        }
    }

    /// <summary>Takes a view this process just got from the run (after a cancel) as its newest status.</summary>
    public void Store(AuditRunView view)
    {
        if (options.CurrentValue.StatusCacheDuration > TimeSpan.Zero)
        {
            Keep(Of(view, time.GetUtcNow())!);
        }
    }

    /// <summary>Reads the run again after this process changed it in a way it got no view of (a reprocess, a deletion).</summary>
    public async Task RefreshAsync(Guid runId)
    {
        if (options.CurrentValue.StatusCacheDuration > TimeSpan.Zero)
        {
            await ReadAsync(runId);
        }
    }

    private async Task<Snapshot?> ReadAsync(Guid runId)
    {
        // Stamped with when the read began: a view stored meanwhile (a cancel's) is newer and stays.
        var startedAt = time.GetUtcNow();
        var snapshot = Of(await grains.GetGrain<IAuditRunGrain>(runId).GetStatusAsync(), startedAt);
        if (snapshot is null)
        {
            // Not kept: unknown ids would otherwise fill the cache.
            entries.TryRemove(runId, out _);
        }
        else
        {
            Keep(snapshot);
        }
        return snapshot;
    }

    private void Keep(Snapshot snapshot)
    {
        if (entries.Count >= Capacity)
        {
            var now = time.GetUtcNow();
            var duration = options.CurrentValue.StatusCacheDuration;
            foreach (var (id, entry) in entries)
            {
                if (now - entry.ReadAt >= duration)
                {
                    entries.TryRemove(id, out _);
                }
            }
            if (entries.Count >= Capacity)
            {
                entries.Clear();
            }
        }
        entries.AddOrUpdate(snapshot.View.RunId, snapshot, (_, kept) => kept.ReadAt > snapshot.ReadAt ? kept : snapshot);
    }

    private Snapshot? Of(AuditRunView? view, DateTimeOffset readAt) => view is null
        ? null
        : new Snapshot(view.ClientId, view, JsonSerializer.SerializeToUtf8Bytes(AuditMapping.ToResponse(view), json.Value.SerializerOptions), readAt);
}
