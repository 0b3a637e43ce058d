namespace Aeo.Bench;

/// <summary>Command-line settings; each has the default of the scenario as bench/README.md describes it.</summary>
internal sealed class BenchOptions
{
    public string Scenario { get; private set; } = "all";

    // Scenario A: rate-limited audit against the batch-and-sleep baseline.
    public int Questions { get; private set; } = 200;
    public int RequestsPerMinute { get; private set; } = 600;
    public int LatencyMinMs { get; private set; } = 500;
    public int LatencyMedianMs { get; private set; } = 1200;
    public int LatencyMaxMs { get; private set; } = 5000;
    public int SeedBatch { get; private set; } = 10;
    public int SeedSleepMs { get; private set; } = 2000;
    public bool SkipSeed { get; private set; }

    // Scenario B: zero latency, no rate limit, throughput.
    public int ThroughputQuestions { get; private set; } = 200;
    public int ThroughputSamples { get; private set; } = 5;
    public int ThroughputRuns { get; private set; } = 1;
    public int Repeats { get; private set; } = 3;
    public bool Detail { get; private set; }

    // Scenario C: real adapters against loopback providers with their own limits and faults.
    public int ProviderQuestions { get; private set; } = 200;
    public IReadOnlyList<int> ProviderLimits { get; private set; } = [500, 300, 100, 50];
    public int ProviderLatencyMedianMs { get; private set; } = 1500;
    public int ProviderLatencyMaxMs { get; private set; } = 12000;
    public double ServerErrorRate { get; private set; } = 0.2;
    public int BurstAfterRequest { get; private set; } = 20;
    public int BurstSeconds { get; private set; } = 10;

    // Scenario T: trends over a client's stored run figures.
    public int TrendRuns { get; private set; } = 365;
    public int TrendQuestions { get; private set; } = 200;

    public const int Platforms = 4;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int Int() => int.TryParse(Next(), out var v) && v >= 0 ? v : throw new ArgumentException($"{name} needs a whole number ≥ 0");
            switch (name)
            {
                case "--scenario": o.Scenario = Next().ToLowerInvariant(); break;
                case "--questions": o.Questions = Int(); break;
                case "--rpm": o.RequestsPerMinute = Int(); break;
                case "--latency-min": o.LatencyMinMs = Int(); break;
                case "--latency-median": o.LatencyMedianMs = Int(); break;
                case "--latency-max": o.LatencyMaxMs = Int(); break;
                case "--seed-batch": o.SeedBatch = Int(); break;
                case "--seed-sleep-ms": o.SeedSleepMs = Int(); break;
                case "--skip-seed": o.SkipSeed = true; break;
                case "--b-questions": o.ThroughputQuestions = Int(); break;
                case "--b-samples": o.ThroughputSamples = Int(); break;
                case "--b-runs": o.ThroughputRuns = Int(); break;
                case "--repeats": o.Repeats = Int(); break;
                case "--detail": o.Detail = true; break;
                case "--c-questions": o.ProviderQuestions = Int(); break;
                case "--c-limits": o.ProviderLimits = Limits(Next()); break;
                case "--c-latency-median": o.ProviderLatencyMedianMs = Int(); break;
                case "--c-latency-max": o.ProviderLatencyMaxMs = Int(); break;
                case "--c-error-rate": o.ServerErrorRate = Rate(Next()); break;
                case "--c-burst-after": o.BurstAfterRequest = Int(); break;
                case "--c-burst-seconds": o.BurstSeconds = Int(); break;
                case "--t-runs": o.TrendRuns = Int(); break;
                case "--t-questions": o.TrendQuestions = Int(); break;
                case "-h" or "--help": throw new HelpRequested();
                default: throw new ArgumentException($"Unknown argument '{name}' (try --help)");
            }
        }
        if (o.Scenario is not ("a" or "b" or "c" or "t" or "all"))
        {
            throw new ArgumentException("--scenario is a, b, c, t or all");
        }
        if (o.TrendRuns < 1 || o.TrendQuestions is < 1 or > 1000)
        {
            throw new ArgumentException("--t-runs must be ≥ 1; --t-questions 1..1000");
        }
        if (o.ProviderQuestions is < 1 or > 1000 || o.ProviderLatencyMedianMs < 1 || o.ProviderLatencyMaxMs < o.ProviderLatencyMedianMs)
        {
            throw new ArgumentException("--c-questions is 1..1000; --c-latency-median ≥ 1 and ≤ --c-latency-max");
        }
        if (o.Questions < 1 || o.Questions > 1000 || o.ThroughputQuestions < 1 || o.ThroughputQuestions > 1000)
        {
            throw new ArgumentException("--questions and --b-questions are 1..1000");
        }
        if (o.RequestsPerMinute < 1 || o.SeedBatch < 1 || o.ThroughputSamples is < 1 or > 20 || o.ThroughputRuns < 1 || o.Repeats < 1)
        {
            throw new ArgumentException("--rpm, --seed-batch, --b-runs and --repeats must be ≥ 1; --b-samples 1..20");
        }
        return o;
    }

    public bool RunA => Scenario is "a" or "all";
    public bool RunB => Scenario is "b" or "all";
    public bool RunC => Scenario is "c" or "all";
    public bool RunT => Scenario is "t" or "all";

    private static IReadOnlyList<int> Limits(string value)
    {
        var limits = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, out var n) && n >= 1 ? n : throw new ArgumentException("--c-limits is a comma-separated list of RPM ≥ 1"))
            .ToArray();
        return limits.Length >= 1 ? limits : throw new ArgumentException("--c-limits needs at least one limit");
    }

    private static double Rate(string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new ArgumentException("--c-error-rate is between 0 and 1");

    public const string Usage = """
        Aeo.Bench: audit wall time against the rate-limit floor (A) and end-to-end throughput (B).

          --scenario a|b|c|t|all which scenario(s) to run (all; C alone takes about 9 minutes)
        Scenario A (rate-limited, long-tailed latency):
          --questions N          questions in the audit (200); each is asked once on 4 simulated platforms
          --rpm N                requests per minute per platform (600)
          --latency-min/--latency-median/--latency-max MS   simulated latency (500 / 1200 / 5000)
          --seed-batch N         the batch-and-sleep baseline's batch size in questions (10)
          --seed-sleep-ms MS     the baseline's sleep between batches (2000)
          --skip-seed            do not run the batch-and-sleep baseline
        Scenario B (zero latency, no rate limit):
          --b-questions N        questions per audit (200)
          --b-samples N          samples per question (5): items = questions x 4 x samples
          --b-runs N             audits running at once (1)
          --repeats N            measured repetitions of B, median reported (3)
          --detail               print each B run's timeline (created, started, first/last stored, completed, wall)
        Scenario C (openai-compatible adapters against loopback providers that enforce their limits):
          --c-questions N        questions per audit (200), asked once on each provider
          --c-limits L,L,…       each provider's requests per minute (500,300,100,50); the slowest sets the floor
          --c-latency-median/--c-latency-max MS   provider latency, log-normal (1500 / 12000)
          --c-error-rate R       share of requests the faulty providers answer 500/503 (0.2)
          --c-burst-after N      a faulty provider refuses everything with 429 after N requests… (20)
          --c-burst-seconds S    …for S seconds (10)
        Scenario T (trends over stored run figures; reads timed --repeats × 7 times):
          --t-runs N             ended runs of one client (365)
          --t-questions N        questions per run (200), each answered on 4 platforms
        """;
}

internal sealed class HelpRequested : Exception;
