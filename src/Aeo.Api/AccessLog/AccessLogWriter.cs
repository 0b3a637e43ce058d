using System.Threading.Channels;

namespace Aeo.Api.AccessLog;

/// <summary>
/// Writes access-log rows in batches off the request path. The queue is bounded: under a flood the rows that do not fit
/// are counted and reported in the log rather than slowing every request down. What is queued at shutdown is written.
/// </summary>
public sealed class AccessLogWriter(AccessLogRepository log, ILogger<AccessLogWriter> logger) : BackgroundService
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 500;

    private readonly Channel<AccessLogEntry> queue = Channel.CreateBounded<AccessLogEntry>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    private long dropped;

    public void Enqueue(AccessLogEntry entry)
    {
        if (!queue.Writer.TryWrite(entry))
        {
            Interlocked.Increment(ref dropped);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await WriteBatchAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left is written below.
        }
        await WriteBatchAsync(CancellationToken.None);
    }

    private async Task WriteBatchAsync(CancellationToken ct)
    {
        var batch = new List<AccessLogEntry>(MaxBatch);
        while (batch.Count < MaxBatch && queue.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }
        try
        {
            await log.WriteAsync(batch, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Count} access-log row(s) could not be written", batch.Count);
        }
        if (Interlocked.Exchange(ref dropped, 0) is > 0 and var lost)
        {
            logger.LogWarning("{Count} access-log row(s) were dropped: the queue was full", lost);
        }
    }
}
