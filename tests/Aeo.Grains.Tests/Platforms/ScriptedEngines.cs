namespace Aeo.Grains.Tests.Platforms;

/// <summary>
/// Test engines for chosen platforms, shared by every silo of a test cluster (they run in one process): each answers
/// with a script the test sets, records when every call started, and counts calls in flight.
/// </summary>
internal sealed class ScriptedEngines
{
    private readonly ConcurrentDictionary<string, ScriptedEngine> engines = new(StringComparer.Ordinal);

    public ScriptedEngine this[string platform] => engines.GetOrAdd(platform, name => new ScriptedEngine(name));

    /// <summary>Replaces the registry on a silo so that the scripted platforms go through their scripts.</summary>
    public void Install(IServiceCollection services)
    {
        var configured = services.Last(d => d.ServiceType == typeof(IAnswerEngineRegistry));
        services.AddSingleton<IAnswerEngineRegistry>(sp => new Registry((IAnswerEngineRegistry)configured.ImplementationFactory!(sp), this));
    }

    private sealed class Registry(IAnswerEngineRegistry configured, ScriptedEngines owner) : IAnswerEngineRegistry
    {
        public IReadOnlyList<PlatformDescriptor> Platforms => configured.Platforms;

        public bool TryGet(string name, [MaybeNullWhen(false)] out IAnswerEngine engine)
        {
            if (!configured.TryGet(name, out engine))
            {
                return false;
            }
            if (owner.engines.TryGetValue(name, out var scripted))
            {
                engine = scripted;
            }
            return true;
        }

        public PlatformDescriptor Describe(string name) => configured.Describe(name);
    }
}

/// <summary>One scripted platform: <see cref="Script"/> gets the call's number (1-based) and answers or throws.</summary>
internal sealed class ScriptedEngine(string platform) : IAnswerEngine
{
    private int calls;
    private int inFlight;
    private int maxInFlight;

    public Func<int, CancellationToken, Task<EngineAnswer>> Script { get; set; } = (_, _) => Task.FromResult(Answer());

    public ConcurrentQueue<DateTimeOffset> Starts { get; } = new();

    public int Calls => Volatile.Read(ref calls);

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public string Platform => platform;

    public bool IsSimulated => true;

    public string Model => "scripted";

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Starts.Enqueue(DateTimeOffset.UtcNow);
        var number = Interlocked.Increment(ref calls);
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen; seen = Volatile.Read(ref maxInFlight))
        {
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        }
        try
        {
            return await Script(number, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public static EngineAnswer Answer(int inputTokens = 10, int outputTokens = 20, RateLimitSnapshot? limits = null) =>
        new("An answer.", "scripted", inputTokens, outputTokens, TimeSpan.Zero, "{}", IsSimulated: true) { RateLimits = limits };

    public static AnswerEngineException Failure(EngineErrorClass errorClass, TimeSpan? retryAfter = null) =>
        new(errorClass, $"{errorClass} (scripted)", retryAfter);
}
