using System.Diagnostics;
using Spectre.Console;

namespace Aeo.Chaos;

/// <summary>
/// Follows the runs through the API until all have ended (or the deadline passes) while, for the chaos period,
/// SIGKILLing a random silo every few seconds and restarting it after a pause.
/// </summary>
internal sealed class ChaosMonkey(ChaosCluster cluster, ApiDriver api, ChaosOptions options)
{
    private readonly Random random = new(options.Seed);
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public int Kills { get; private set; }

    public int UnexpectedExits { get; private set; }

    /// <summary>Returns the last status the API gave for each run (null when it never answered).</summary>
    public async Task<IReadOnlyDictionary<Guid, AuditRun?>> RunAsync(IReadOnlyList<Guid> runs, CancellationToken ct)
    {
        var latest = runs.ToDictionary(r => r, _ => (AuditRun?)null);
        var nextKill = options.KillEvery;
        var nextReport = TimeSpan.Zero;
        (int Silo, TimeSpan At)? pendingRestart = null;
        while (clock.Elapsed < options.Deadline)
        {
            var polled = await Task.WhenAll(runs.Select(r => api.TryGetAuditAsync(r, ct)));
            foreach (var run in polled.OfType<AuditRun>())
            {
                latest[run.Id] = run;
            }
            if (latest.Values.All(r => r is not null && ApiDriver.IsTerminal(r.Status)))
            {
                Say($"every run has ended after {Seconds(clock.Elapsed)}");
                break;
            }
            if (cluster.ApiHasExited)
            {
                throw new InvalidOperationException("The API process exited; see api.log.");
            }
            foreach (var silo in cluster.UnexpectedlyExitedSilos().ToList())
            {
                UnexpectedExits++;
                Say($"[red]silo {silo + 1} exited on its own[/]; killing its remains and restarting it");
                cluster.Kill(silo);
                cluster.Restart(silo);
            }
            if (pendingRestart is { } due && clock.Elapsed >= due.At)
            {
                Say($"restarted silo {due.Silo + 1} (pid {cluster.Restart(due.Silo)})");
                pendingRestart = null;
            }
            var chaos = clock.Elapsed < options.Duration;
            if (chaos && pendingRestart is null && clock.Elapsed >= nextKill)
            {
                var victim = random.Next(cluster.SiloCount);
                var pid = cluster.Kill(victim);
                Kills++;
                Say($"[yellow]SIGKILL silo {victim + 1}[/] (pid {pid}), restart in {Seconds(options.RestartAfter)}");
                pendingRestart = (victim, clock.Elapsed + options.RestartAfter);
                nextKill = clock.Elapsed + options.KillEvery;
            }
            if (clock.Elapsed >= nextReport)
            {
                Say(Progress(latest.Values) + (chaos ? "" : " (chaos over)"));
                nextReport = clock.Elapsed + TimeSpan.FromSeconds(10);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        if (pendingRestart is { } late)
        {
            Say($"restarted silo {late.Silo + 1} (pid {cluster.Restart(late.Silo)})");
        }
        return latest;
    }

    private static string Progress(IEnumerable<AuditRun?> runs)
    {
        var known = runs.OfType<AuditRun>().ToList();
        var settled = known.Sum(r => r.Progress.Settled);
        var total = known.Sum(r => r.Progress.Total);
        return $"runs ended {known.Count(r => ApiDriver.IsTerminal(r.Status))}/{known.Count}, work items settled {settled}/{total} (as the runs report)";
    }

    private void Say(string markup) => AnsiConsole.MarkupLine($"[grey][[{Seconds(clock.Elapsed),7}]][/] {markup}");

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
}
