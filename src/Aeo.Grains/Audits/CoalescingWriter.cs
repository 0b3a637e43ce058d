using Microsoft.Extensions.Logging;

namespace Aeo.Grains.Audits;

/// <summary>
/// Turns many "state changed" signals into few writes, never two at once: a write in progress absorbs every
/// request made meanwhile, and the next write waits <c>interval</c>. Meant for one grain activation, whose
/// single-threaded scheduler makes the fields safe without locks.
/// </summary>
internal sealed class CoalescingWriter(Func<Task> write, TimeSpan interval, TimeProvider time, ILogger logger)
{
    private Task running = Task.CompletedTask;
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

    /// <summary>Writes now, after any write in progress, and surfaces a failure to the caller.</summary>
    public Task FlushAsync()
    {
        var flush = WriteAfterAsync(running);
        running = ContinueAfterAsync(flush);
        return flush;
    }

    private async Task WriteAfterAsync(Task previous)
    {
        await previous;
        dirty = false;
        await write();
    }

    private async Task ContinueAfterAsync(Task flush)
    {
        try
        {
            await flush;
        }
        catch
        {
            // The flush's caller sees this failure; the loop below retries if anything is still unwritten.
        }
        await LoopAsync();
    }

    private async Task LoopAsync()
    {
        while (dirty)
        {
            dirty = false;
            try
            {
                await write();
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
