namespace Aeo.Grains.Tests.Maintenance;

/// <summary>
/// Wraps one configured simulated platform: it fails every call with a chosen error class, or hangs until cancelled,
/// until the test makes it healthy; then it answers as the simulated platform does. Counts the calls it answered, and
/// those that asked for web search.
/// </summary>
internal sealed class SwitchableEngine(string platform)
{
    private volatile EngineMode mode = EngineMode.Failing;
    private int answered;
    private int askedWebSearch;

    public string Platform => platform;

    public EngineErrorClass FailureClass { get; set; } = EngineErrorClass.Unavailable;

    public int Answered => answered;

    public int AskedWebSearch => askedWebSearch;

    public void Set(EngineMode next) => mode = next;

    /// <summary>Replaces the registry on a silo so that <see cref="Platform"/> goes through this switch.</summary>
    public void Install(IServiceCollection services)
    {
        var configured = services.Last(d => d.ServiceType == typeof(IAnswerEngineRegistry));
        services.AddSingleton<IAnswerEngineRegistry>(sp => new Registry((IAnswerEngineRegistry)configured.ImplementationFactory!(sp), this));
    }

    private async Task<EngineAnswer> AskAsync(IAnswerEngine healthy, AnswerRequest request, CancellationToken ct)
    {
        if (request.WebSearch)
        {
            Interlocked.Increment(ref askedWebSearch);
        }
        switch (mode)
        {
            case EngineMode.Failing:
                throw new AnswerEngineException(FailureClass, $"{FailureClass} (test double)");
            case EngineMode.Hanging:
                await Task.Delay(Timeout.Infinite, ct);
                throw new OperationCanceledException(ct);
            default:
                var answer = await healthy.AskAsync(request, ct);
                Interlocked.Increment(ref answered);
                return answer;
        }
    }

    private sealed class Registry(IAnswerEngineRegistry configured, SwitchableEngine owner) : IAnswerEngineRegistry
    {
        public IReadOnlyList<PlatformDescriptor> Platforms => configured.Platforms;

        public bool TryGet(string name, [MaybeNullWhen(false)] out IAnswerEngine engine)
        {
            if (!configured.TryGet(name, out engine))
            {
                return false;
            }
            if (name == owner.Platform)
            {
                engine = new Switched(engine, owner);
            }
            return true;
        }

        public PlatformDescriptor Describe(string name) => configured.Describe(name);
    }

    private sealed class Switched(IAnswerEngine healthy, SwitchableEngine owner) : IAnswerEngine
    {
        public string Platform => healthy.Platform;

        public bool IsSimulated => healthy.IsSimulated;

        public string Model => healthy.Model;

        public Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken) =>
            owner.AskAsync(healthy, request, cancellationToken);
    }
}

internal enum EngineMode
{
    Failing,
    Hanging,
    Healthy,
}
