namespace Aeo.Grains.Audits;

/// <summary>
/// Turns many "state changed" signals into few writes, never two at once: a write in progress absorbs every
/// request made meanwhile, and the next write waits <c>interval</c>. Meant for one grain activation, whose
/// single-threaded scheduler makes the fields safe without locks.
/// </summary>
internal sealed class CoalescingWriter(Func<Task> write, TimeSpan interval, TimeProvider time, ILogger logger)
{
    private Task running = Task.CompletedTask;
    private Task writing = Task.CompletedTask;
    private bool dirty;

    /// <summary>Asks for a write soon; returns at once.</summary>
    public void Request()
    {
        dirty = true;
        if (running.IsCompleted)
        {
            running = LoopAsync();
        }
    }

    /// <summary>
    /// Writes now, after any write in progress (but not after the background loop's pause), and surfaces a
    /// failure to the caller.
    /// </summary>
    public Task FlushAsync() => WriteInTurnAsync();

    /// <summary>Waits until no write is in progress or pending, without writing anything itself; failures are the writer's to log.</summary>
    public async Task IdleAsync()
    {
        while (!running.IsCompleted || !writing.IsCompleted)
        {
            try
            {
                await Task.WhenAll(running, writing);
            }
            catch
            {
                // The loop logs and retries its own failures; a flush's failure went to its caller.
            }
        }
    }

    /// <summary>Every write goes through here, chained after the previous one, so two never overlap.</summary>
    private Task WriteInTurnAsync()
    {
        writing = WriteAfterAsync(writing);
        return writing;
    }

    private async Task WriteAfterAsync(Task previous)
    {
        try
        {
            await previous;
        }
        catch
        {
            // The previous write's own caller saw its failure.
        }
        dirty = false;
        await write();
    }

    private async Task LoopAsync()
    {
        while (dirty)
        {
            try
            {
                await WriteInTurnAsync();
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Writing state failed; retrying in {Interval}", interval);
                dirty = true;
            }
            if (dirty)
            {
                await Task.Delay(interval, time);
            }
        }
    }
}
