using Aeo.Platforms.Simulated;

namespace Aeo.Platforms;

/// <summary>
/// A local, deterministic stand-in for an answer engine, for demos, tests and benchmarks.
/// The answer text and latency are a pure function of (platform, seed, question, sample);
/// failures are not, so that a retry can succeed. Every answer is labelled simulated.
/// </summary>
public sealed class SimulatedAnswerEngine : IAnswerEngine
{
    private readonly SimulatedPlatformOptions options;
    private readonly TimeProvider timeProvider;
    private readonly PriceTable prices;
    private long attempts;

    public SimulatedAnswerEngine(string platform, PlatformOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentNullException.ThrowIfNull(options);
        Platform = platform;
        this.options = options.Simulated;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        prices = new PriceTable(options.Pricing);
        Model = ModelName(options);
    }

    public string Platform { get; }

    public bool IsSimulated => true;

    public string Model { get; }

    public static string ModelName(PlatformOptions options)
        => string.IsNullOrWhiteSpace(options.Model) ? $"simulated-{options.Simulated.Style.ToLowerInvariant()}" : options.Model;

    public async Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            throw new AnswerEngineException(EngineErrorClass.BadRequest, $"Platform '{Platform}': the question is empty.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var attempt = Interlocked.Increment(ref attempts);

        var latency = LatencySampler.Sample(options, new Random(StableHash.ToInt32(Platform, options.Seed, "latency", request.Question, request.Sample)));
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        // Keyed by the attempt number as well, so failures hit the configured rate without pinning any one work item.
        if (StableHash.ToUnitInterval(Platform, options.Seed, "failure", request.Question, request.Sample, attempt) < options.FailureRate)
        {
            throw new AnswerEngineException(EngineErrorClass.Unavailable, $"Platform '{Platform}': simulated outage (configured failure rate {options.FailureRate:0.###}).");
        }

        var random = new Random(StableHash.ToInt32(Platform, options.Seed, "answer", request.Question, request.Sample));
        var composed = SimulatedAnswerComposer.Compose(request.Question, request.TrackedBrands ?? [], options.Style, random, options.OmitBrands);
        var inputTokens = TokenEstimator.Estimate(request.Question);
        var outputTokens = TokenEstimator.Estimate(composed.Text);
        var citations = SimulatedSources.Choose(QuestionTopic.Extract(request.Question), composed.MentionedBrands, request.BrandDomains, random);
        var rawJson = SimulatedResponseJson.Create(Platform, Model, composed.Style, options.Seed, request.Sample, composed.Text, inputTokens, outputTokens, citations);
        // Priced like a real call, so that cost and budgets can be exercised without a provider.
        return prices.Priced(new EngineAnswer(composed.Text, Model, inputTokens, outputTokens, latency, rawJson, IsSimulated: true) { Citations = citations });
    }
}
