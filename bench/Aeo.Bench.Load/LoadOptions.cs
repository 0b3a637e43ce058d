namespace Aeo.Bench.Load;

/// <summary>Command-line settings; each has the default bench/README.md describes.</summary>
internal sealed class LoadOptions
{
    public string Scenario { get; private set; } = "status";

    // Status reads beside a running audit.
    public int Clients { get; private set; } = 200;
    public int OpenLoopRate { get; private set; } = 1000;
    public int PhaseSeconds { get; private set; } = 10;
    public int WarmUpSeconds { get; private set; } = 6;
    public int StatusQuestions { get; private set; } = 200;
    public int StatusSamples { get; private set; } = 5;
    public int StatusRpm { get; private set; } = 600;

    // Many runs at once, and one big run.
    public int ManyRuns { get; private set; } = 50;
    public int ManyQuestions { get; private set; } = 20;
    public int BigQuestions { get; private set; } = 200;
    public int BigPlatforms { get; private set; } = 6;
    public int BigSamples { get; private set; } = 5;
    public int RunsRpm { get; private set; } = 3000;

    // Scale-out: silo processes and the audit they share.
    public int Silos { get; private set; } = 3;
    public int SiloQuestions { get; private set; } = 50;
    public int SiloSamples { get; private set; } = 5;

    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int Int() => int.TryParse(Next(), out var v) && v >= 1 ? v : throw new ArgumentException($"{name} needs a whole number ≥ 1");
            switch (name)
            {
                case "--scenario": o.Scenario = Next().ToLowerInvariant(); break;
                case "--clients": o.Clients = Int(); break;
                case "--rate": o.OpenLoopRate = Int(); break;
                case "--phase-seconds": o.PhaseSeconds = Int(); break;
                case "--warm-up-seconds": o.WarmUpSeconds = Int(); break;
                case "--status-questions": o.StatusQuestions = Int(); break;
                case "--status-samples": o.StatusSamples = Int(); break;
                case "--status-rpm": o.StatusRpm = Int(); break;
                case "--many-runs": o.ManyRuns = Int(); break;
                case "--many-questions": o.ManyQuestions = Int(); break;
                case "--big-questions": o.BigQuestions = Int(); break;
                case "--big-platforms": o.BigPlatforms = Int(); break;
                case "--big-samples": o.BigSamples = Int(); break;
                case "--runs-rpm": o.RunsRpm = Int(); break;
                case "--silos": o.Silos = Int(); break;
                case "--silo-questions": o.SiloQuestions = Int(); break;
                case "--silo-samples": o.SiloSamples = Int(); break;
                case "-h" or "--help": throw new HelpRequested();
                default: throw new ArgumentException($"Unknown argument '{name}' (try --help)");
            }
        }
        if (o.Scenario is not ("status" or "runs" or "silos" or "all"))
        {
            throw new ArgumentException("--scenario is status, runs, silos or all");
        }
        if (o.StatusQuestions > 200 || o.ManyQuestions > 200 || o.BigQuestions > 200 || o.SiloQuestions > 200)
        {
            throw new ArgumentException("an audit through the API has at most 200 questions (Aeo:Audit:MaxQuestions)");
        }
        if (o.StatusSamples > 5 || o.BigSamples > 5 || o.SiloSamples > 5)
        {
            throw new ArgumentException("an audit through the API has at most 5 samples per question (Aeo:Audit:MaxSamplesPerQuestion)");
        }
        return o;
    }

    public bool RunStatus => Scenario is "status" or "all";
    public bool RunRuns => Scenario is "runs" or "all";
    public bool RunSilos => Scenario is "silos" or "all";

    public const string Usage = """
        Aeo.Bench.Load: status reads under load, many runs and big runs, and the cost of more silos.

          --scenario status|runs|silos|all     which scenario(s) to run (status)
        status (a rate-paced audit; turns of quiet, /health/live, status with and without the cache, an open loop with and without, quiet):
          --clients N            closed-loop clients (200)
          --rate N               the open loop's requests per second on the status route (1000)
          --phase-seconds S      length of each turn (10); --warm-up-seconds S before the first (6)
          --status-questions N / --status-samples N / --status-rpm N   the audit: 200 q x 4 platforms x 5, 600 RPM each
        runs (many audits at once, then one big audit; the figures and report routes of the big one):
          --many-runs N          audits at once, one client each (50); --many-questions N per audit on 4 platforms (20)
          --big-questions N / --big-platforms N / --big-samples N      the big audit (200 x 6 x 5 = 6,000 work items)
          --runs-rpm N           each simulated platform's requests per minute (3000)
        silos (grain messages and PostgreSQL round trips per work item, one silo against N):
          --silos N              silo processes of the cluster (3)
          --silo-questions N / --silo-samples N  the audit measured on each cluster (50 x 4 platforms x 5)
        """;
}

internal sealed class HelpRequested : Exception;
