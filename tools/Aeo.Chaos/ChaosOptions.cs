namespace Aeo.Chaos;

/// <summary>Command-line settings of a chaos run; every one has a default that fits a few minutes on a small machine.</summary>
internal sealed class ChaosOptions
{
    public int Silos { get; private set; } = 3;
    public TimeSpan KillEvery { get; private set; } = TimeSpan.FromSeconds(20);
    public TimeSpan RestartAfter { get; private set; } = TimeSpan.FromSeconds(5);
    public int Audits { get; private set; } = 4;
    public int Questions { get; private set; } = 20;
    public int Samples { get; private set; } = 2;
    public int RequestsPerMinute { get; private set; } = 60;
    public TimeSpan Duration { get; private set; } = TimeSpan.FromMinutes(5);
    public TimeSpan Deadline { get; private set; } = TimeSpan.FromMinutes(15);
    public int Seed { get; private set; } = Environment.TickCount;
    public bool NoBuild { get; private set; }

    public static ChaosOptions Parse(string[] args)
    {
        var o = new ChaosOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int Int(int min, int max) => int.TryParse(Next(), CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
                ? v : throw new ArgumentException($"{name} needs a whole number in {min}..{max}");
            TimeSpan Span() => ParseSpan(name, Next());
            switch (name)
            {
                case "--silos": o.Silos = Int(2, 9); break;
                case "--kill-every": o.KillEvery = Span(); break;
                case "--restart-after": o.RestartAfter = Span(); break;
                case "--audits": o.Audits = Int(1, 50); break;
                case "--questions": o.Questions = Int(1, 200); break;
                case "--samples": o.Samples = Int(1, 5); break;
                case "--rpm": o.RequestsPerMinute = Int(1, 100_000); break;
                case "--duration": o.Duration = Span(); break;
                case "--deadline": o.Deadline = Span(); break;
                case "--seed": o.Seed = Int(int.MinValue, int.MaxValue); break;
                case "--no-build": o.NoBuild = true; break;
                case "-h" or "--help": throw new HelpRequested();
                default: throw new ArgumentException($"Unknown argument '{name}' (try --help)");
            }
        }
        if (o.RestartAfter >= o.KillEvery)
        {
            throw new ArgumentException("--restart-after must be shorter than --kill-every");
        }
        return o;
    }

    /// <summary>"20s", "3m", "90" (seconds) or "00:01:30".</summary>
    private static TimeSpan ParseSpan(string name, string text)
    {
        var value = text.Trim();
        TimeSpan? span = value switch
        {
            _ when value.EndsWith('s') && double.TryParse(value[..^1], CultureInfo.InvariantCulture, out var s) => TimeSpan.FromSeconds(s),
            _ when value.EndsWith('m') && double.TryParse(value[..^1], CultureInfo.InvariantCulture, out var m) => TimeSpan.FromMinutes(m),
            _ when double.TryParse(value, CultureInfo.InvariantCulture, out var plain) => TimeSpan.FromSeconds(plain),
            _ when TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var t) => t,
            _ => null,
        };
        return span is { } ok && ok > TimeSpan.Zero ? ok : throw new ArgumentException($"{name} needs a positive duration such as 20s, 3m or 00:01:30");
    }

    public const string Usage = """
        Aeo.Chaos: a silo cluster on loopback under SIGKILL, then an exactly-once check of every run in PostgreSQL.

          --silos N            silo processes (3)
          --kill-every T       SIGKILL a random silo this often (20s)
          --restart-after T    restart the killed silo after this pause (5s)
          --audits N           audits started at once (4)
          --questions N        questions per audit (20)
          --samples N          samples per question (2); work items = questions x 3 platforms x samples
          --rpm N              requests per minute of each simulated platform, cluster-wide (60)
          --duration T         stop killing after this long, or when every run has ended (5m)
          --deadline T         how long runs may take in all before the check gives up on them (15m)
          --seed N             picks the silos to kill (random)
          --no-build           use the Release binaries already built
        Durations: 20s, 3m, 90 (seconds) or hh:mm:ss. ConnectionStrings__Aeo in the environment uses that
        PostgreSQL instead of a managed one in a temporary directory.
        """;
}

/// <summary>Thrown by <see cref="ChaosOptions.Parse"/> for --help.</summary>
internal sealed class HelpRequested : Exception;
