namespace Aeo.Chaos;

/// <summary>
/// The three simulated platforms every process of the chaos cluster is given (silos and API alike): some latency
/// and a cluster-wide rate budget, so runs last long enough to be hit by several kills.
/// </summary>
internal static class ChaosPlatforms
{
    public static readonly string[] Names = ["chaos-a", "chaos-b", "chaos-c"];

    public static IEnumerable<KeyValuePair<string, string>> Settings(int requestsPerMinute)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            var key = $"Aeo:Platforms:{Names[i]}";
            yield return new($"{key}:Kind", "simulated");
            yield return new($"{key}:RequestsPerMinute", requestsPerMinute.ToString(CultureInfo.InvariantCulture));
            yield return new($"{key}:Simulated:LatencyMinMs", "200");
            yield return new($"{key}:Simulated:LatencyMedianMs", "800");
            yield return new($"{key}:Simulated:LatencyMaxMs", "3000");
            yield return new($"{key}:Simulated:Seed", (i + 1).ToString(CultureInfo.InvariantCulture));
        }
    }
}
