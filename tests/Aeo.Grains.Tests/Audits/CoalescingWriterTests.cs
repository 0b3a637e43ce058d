using Microsoft.Extensions.Logging.Abstractions;

namespace Aeo.Grains.Tests.Audits;

/// <summary>
/// The writer is meant for one grain activation's single-threaded scheduler. These tests keep everything on the test
/// thread: writes park on gates the test opens (continuations run inline) and the retry interval is zero.
/// </summary>
public sealed class CoalescingWriterTests
{
    private sealed class GatedWrite
    {
        private TaskCompletionSource gate = new();

        public int Writes { get; private set; }
        public int Concurrent { get; private set; }
        public int MaxConcurrent { get; private set; }
        public Queue<bool> Failures { get; } = new();

        public async Task WriteAsync()
        {
            Writes++;
            Concurrent++;
            MaxConcurrent = Math.Max(MaxConcurrent, Concurrent);
            try
            {
                await gate.Task;
                if (Failures.TryDequeue(out var fail) && fail)
                {
                    throw new InvalidOperationException("write failed");
                }
            }
            finally
            {
                Concurrent--;
            }
        }

        public void Open()
        {
            var open = gate;
            gate = new TaskCompletionSource();
            open.SetResult();
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the expected write did not happen");
            await Task.Delay(5);
        }
    }

    /// <summary>
    /// Waits until the writer has nothing in progress or pending: an extra write would park on the closed gate, and the
    /// wait would time out instead of returning.
    /// </summary>
    private static async Task IdleAsync(CoalescingWriter writer)
    {
        var idle = writer.IdleAsync();
        Assert.Same(idle, await Task.WhenAny(idle, Task.Delay(TimeSpan.FromSeconds(5))));
    }

    private static CoalescingWriter Writer(GatedWrite target) =>
        new(target.WriteAsync, TimeSpan.Zero, TimeProvider.System, NullLogger.Instance);

    [Fact]
    public void Requests_made_during_a_write_become_one_more_write()
    {
        var target = new GatedWrite();
        var writer = Writer(target);

        writer.Request();
        for (var i = 0; i < 10; i++)
        {
            writer.Request();
        }
        Assert.Equal(1, target.Writes);

        target.Open();
        Assert.Equal(2, target.Writes);
        target.Open();
        Assert.Equal(2, target.Writes);
        Assert.Equal(0, target.Concurrent);
        Assert.Equal(1, target.MaxConcurrent);
    }

    [Fact]
    public async Task Flush_waits_for_the_write_in_progress_then_writes_again()
    {
        var target = new GatedWrite();
        var writer = Writer(target);

        writer.Request();
        var flush = writer.FlushAsync();
        Assert.Equal(1, target.Writes);
        Assert.False(flush.IsCompleted);

        target.Open();
        // The flush's write follows on a continuation that xunit's synchronization context may run a moment later.
        await Until(() => target.Writes == 2);
        Assert.False(flush.IsCompleted);

        target.Open();
        await flush;
        Assert.Equal(2, target.Writes);
        Assert.Equal(1, target.MaxConcurrent);

        // Nothing pending: a request writes once more, and only once.
        writer.Request();
        target.Open();
        await Until(() => target.Writes == 3);
        await IdleAsync(writer);
        Assert.Equal(3, target.Writes);
        Assert.Equal(1, target.MaxConcurrent);
    }

    [Fact]
    public async Task A_failed_flush_reaches_its_caller_and_a_failed_background_write_is_retried()
    {
        var target = new GatedWrite();
        var writer = Writer(target);

        target.Failures.Enqueue(true);
        var flush = writer.FlushAsync();
        target.Open();
        await Assert.ThrowsAsync<InvalidOperationException>(() => flush);

        target.Failures.Enqueue(true);
        writer.Request();
        Assert.Equal(2, target.Writes);
        target.Open(); // fails; the loop marks the state dirty and writes again
        await Until(() => target.Writes == 3);
        target.Open();
        await IdleAsync(writer);
        Assert.Equal(3, target.Writes);
        Assert.Equal(1, target.MaxConcurrent);
    }
}
