using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aeo.Storage.Repositories;

/// <summary>
/// Gathers responses written by many grains of this process into batched inserts: one statement per batch
/// instead of one round trip per response. Each caller learns whether its own row was new.
/// </summary>
public sealed class ResponseBatchWriter(ResponseRepository responses, ILogger<ResponseBatchWriter> logger)
    : BackgroundService
{
    private const int MaxBatch = 500;

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
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                batch.Add(left);
            }
            await FlushAsync(batch, CancellationToken.None);
        }
    }

    private async Task FlushAsync(List<Pending> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            var inserted = await responses.InsertManyAsync(batch.ConvertAll(p => p.Response), ct);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetResult(inserted.Contains(pending.Response.Record.Id));
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Writing a batch of {Count} responses failed", batch.Count);
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(ex);
            }
        }
    }

    private sealed record Pending(EncodedResponse Response, TaskCompletionSource<bool> Completion);
}
