namespace Aeo.Platforms.Simulated;

/// <summary>
/// Long-tailed latency like real answer engines: log-normal around the configured median,
/// clamped to [min, max]. The spread is chosen so about 1 % of calls reach the maximum.
/// </summary>
internal static class LatencySampler
{
    private const double Z99 = 2.326;

    public static TimeSpan Sample(SimulatedPlatformOptions options, Random random)
    {
        if (options.LatencyMaxMs <= 0 || options.LatencyMedianMs <= 0)
        {
            return TimeSpan.FromMilliseconds(Math.Round(Math.Max(0, options.LatencyMinMs)));
        }

        var sigma = Math.Log(options.LatencyMaxMs / options.LatencyMedianMs) / Z99;
        var milliseconds = options.LatencyMedianMs * Math.Exp(sigma * StandardNormal(random));
        // Whole milliseconds, because that is what Task.Delay waits; the reported latency then matches the wait.
        return TimeSpan.FromMilliseconds(Math.Round(Math.Clamp(milliseconds, options.LatencyMinMs, options.LatencyMaxMs)));
    }

    // Box–Muller transform.
    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
