using System.Threading.Channels;
using Microsoft.Extensions.Hosting;

namespace Aeo.Storage.Repositories;

/// <summary>
/// Gathers responses written by many grains of this process into batched inserts: one statement per batch
/// instead of one round trip per response. Each caller learns whether its own row was new. While the database is away
/// a batch is kept and written again (<see cref="DatabaseOutage"/>), so an answer already paid for is never dropped and
/// its caller simply waits; an error retrying cannot fix fails the batch's callers.
/// </summary>
public sealed class ResponseBatchWriter(ResponseRepository responses, ILogger<ResponseBatchWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 500;

    /// <summary>How long a stopping host keeps trying to write what it still holds.</summary>
    private static readonly TimeSpan FinalFlushLimit = TimeSpan.FromSeconds(10);

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a response for the next batch; its documents are serialised here, on the caller's thread, not in the batch loop.</summary>
    /// <returns>true if the row was inserted, false if that work item was already stored.</returns>
    public Task<bool> WriteAsync(ResponseRecord response)
    {
        var pending = new Pending(
            EncodedResponse.From(response), new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The response writer has stopped.");
        }
        return pending.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                await FlushAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is in hand goes to the final flush.
        }
        finally
        {
            queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                batch.Add(left);
            }
            using var limit = new CancellationTokenSource(FinalFlushLimit);
            try
            {
                await FlushAsync(batch, limit.Token);
            }
            catch (Exception ex) when (limit.IsCancellationRequested)
            {
                Fail(batch, new TimeoutException($"The database was still away {FinalFlushLimit} after the host began to stop.", ex));
            }
        }
    }

    private async Task FlushAsync(List<Pending> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var inserted = await responses.InsertManyAsync(batch.ConvertAll(p => p.Response), ct);
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetResult(inserted.Contains(pending.Response.Record.Id));
                }
                if (attempt > 1)
                {
                    logger.LogInformation("Wrote a batch of {Count} responses after {Attempts} attempts", batch.Count, attempt);
                }
                return;
            }
            catch (Exception ex) when (DatabaseOutage.IsOutage(ex) && !ct.IsCancellationRequested)
            {
                if (attempt == 1)
                {
                    logger.LogWarning(ex, "Writing a batch of {Count} responses failed: the database is away; retrying until it is back", batch.Count);
                }
                // Stopping cancels this wait; the batch is then still in hand for the final flush.
                await Task.Delay(DatabaseOutage.Backoff(attempt), ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                Fail(batch, ex);
                return;
            }
        }
    }

    private void Fail(List<Pending> batch, Exception ex)
    {
        logger.LogWarning(ex, "Writing a batch of {Count} responses failed", batch.Count);
        foreach (var pending in batch)
        {
            pending.Completion.TrySetException(ex);
        }
    }

    private sealed record Pending(EncodedResponse Response, TaskCompletionSource<bool> Completion);
}
