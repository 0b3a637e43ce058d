namespace Aeo.Bench.Reports;

/// <summary>
/// The largest managed heap size seen, sampled every millisecond on a thread of its own until disposed: with the heap
/// size before the work, how much the work held at once (a streamed export should hold about one row, whatever its size).
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stopped;
    private long peak;

    public HeapSampler()
    {
        peak = GC.GetTotalMemory(forceFullCollection: false);
        thread = new Thread(Sample) { IsBackground = true };
        thread.Start();
    }

    private void Sample()
    {
        while (!stopped)
        {
            var size = GC.GetTotalMemory(forceFullCollection: false);
            if (size > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, size);
            }
            Thread.Sleep(1);
        }
    }

    public long Peak
    {
        get
        {
            var size = GC.GetTotalMemory(forceFullCollection: false);
            return Math.Max(Interlocked.Read(ref peak), size);
        }
    }

    public void Dispose()
    {
        stopped = true;
        thread.Join();
    }
}
