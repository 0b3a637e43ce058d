namespace Aeo.Bench.Load;

/// <summary>What a load of one route measured: requests answered, how fast, and how long they took.</summary>
internal sealed record LoadResult(string Route, int Clients, TimeSpan Duration, long Ok, long Errors, double[] LatenciesMs)
{
    public double RequestsPerSecond => Ok / Duration.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1;
        return LatenciesMs[Math.Clamp(rank, 0, LatenciesMs.Length - 1)];
    }
}

/// <summary>
/// An HTTP load generator on loopback, in process, over <see cref="RawHttpConnection"/>s: a closed loop of N clients, each
/// on its own connection sending the next request as soon as the last one is answered (the most the route serves), or an
/// open loop that sends at a fixed rate whatever the answers do, each latency counted from when its request was due (so a
/// stall shows in the tail instead of slowing the sender).
/// </summary>
internal static class HttpLoad
{
    public static async Task<LoadResult> ClosedLoopAsync(Uri server, string route, string? apiKey, int clients, TimeSpan duration)
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => RawHttpConnection.OpenAsync(server, route, apiKey)));
        var perClient = new List<double>[clients];
        long ok = 0, errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var latencies = perClient[c] = new List<double>(4096);
            await Task.Yield();
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                if (await connections[c].SendAsync() == 200)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var elapsed = watch.Elapsed;
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
        return new LoadResult(route, clients, elapsed, ok, errors, Sorted(perClient.SelectMany(l => l)));
    }

    /// <summary>Sends <paramref name="perSecond"/> requests a second for <paramref name="duration"/>, evenly spaced, each on an idle connection.</summary>
    public static async Task<LoadResult> OpenLoopAsync(Uri server, string route, string? apiKey, int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var answered = new bool[total];
        var idle = new System.Collections.Concurrent.ConcurrentBag<RawHttpConnection>();
        var opened = new System.Collections.Concurrent.ConcurrentBag<RawHttpConnection>();
        var inFlight = new List<Task>(total);
        var interval = Stopwatch.Frequency / (double)perSecond;
        var origin = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < total)
        {
            var now = Stopwatch.GetTimestamp();
            while (next < total && origin + (long)(next * interval) <= now)
            {
                var index = next++;
                var due = origin + (long)(index * interval);
                inFlight.Add(Task.Run(async () =>
                {
                    if (!idle.TryTake(out var connection))
                    {
                        connection = await RawHttpConnection.OpenAsync(server, route, apiKey);
                        opened.Add(connection);
                    }
                    answered[index] = await connection.SendAsync() == 200;
                    latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
                    idle.Add(connection);
                }));
            }
            await Task.Delay(1);
        }
        await Task.WhenAll(inFlight);
        var elapsed = Stopwatch.GetElapsedTime(origin);
        foreach (var connection in opened)
        {
            await connection.DisposeAsync();
        }
        var ok = answered.Count(a => a);
        return new LoadResult(route, perSecond, elapsed, ok, total - ok, Sorted(latencies.Where((_, i) => answered[i])));
    }

    private static double[] Sorted(IEnumerable<double> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }
}
