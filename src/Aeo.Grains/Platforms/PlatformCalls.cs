using System.Collections.Concurrent;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Aeo.Grains.Platforms;

/// <summary>
/// Every call to an answer engine goes through here (audit questions and analysis alike): retries with exponential
/// backoff and jitter for transient errors only, never sooner than the provider's retry-after; each attempt takes a
/// lease from the platform's cluster-wide gate (<see cref="IPlatformGrain"/>), runs under the platform's per-attempt
/// time limit, and reports its outcome back to the gate.
/// </summary>
public sealed class PlatformCalls(
    IGrainFactory grains,
    IAnswerEngineRegistry registry,
    IOptions<AuditOptions> options,
    AeoMetrics metrics,
    TimeProvider time,
    ILogger<PlatformCalls> logger)
{
    private readonly ILogger<PlatformCalls> log = logger;
    private readonly AeoMetrics metrics = metrics;
    private readonly ConcurrentDictionary<string, ResiliencePipeline> timeouts = new(StringComparer.Ordinal);
    private readonly TimeProvider clock = time;
    private readonly Lazy<ResiliencePipeline> retries = new(() => BuildRetries(options.Value, time));

    /// <param name="clientId">The client whose work this is: its failures are shown to that client among the platform's recent errors.</param>
    /// <exception cref="PlatformCallFailedException">The call failed for good.</exception>
    public async Task<PlatformCallResult> AskAsync(IAnswerEngine engine, AnswerRequest request, CancellationToken ct, Guid? clientId = null)
    {
        var descriptor = registry.Describe(engine.Platform);
        var call = new Call(this, engine, request, descriptor, grains.GetGrain<IPlatformGrain>(engine.Platform), clientId);
        try
        {
            return await retries.Value.ExecuteAsync(static (call, token) => call.AttemptAsync(token), call, ct);
        }
        catch (AnswerEngineException ex)
        {
            throw new PlatformCallFailedException(ex, call.Attempts, call.FirstFailureAt ?? clock.GetUtcNow());
        }
    }

    /// <summary>Rough token count of a call before it is made: the prompt at about four characters a token, plus the most it may generate.</summary>
    internal static int EstimateTokens(AnswerRequest request, PlatformDescriptor descriptor) =>
        request.Question.Length / 4 + 1 + descriptor.MaxOutputTokens;

    private static ResiliencePipeline BuildRetries(AuditOptions settings, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<AnswerEngineException>(ex => ex.IsTransient),
                MaxRetryAttempts = settings.MaxAttempts - 1,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    Backoff(settings.RetryBaseDelayMs, args.AttemptNumber, (args.Outcome.Exception as AnswerEngineException)?.RetryAfter)),
            });
        }
        return builder.Build();
    }

    /// <summary>Base × 2^attempt plus up to one base of jitter; never below the provider's retry-after.</summary>
    private static TimeSpan Backoff(int baseDelayMs, int attemptIndex, TimeSpan? retryAfter)
    {
        var exponential = TimeSpan.FromMilliseconds(baseDelayMs * Math.Pow(2, attemptIndex));
        var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * baseDelayMs);
        return retryAfter is { } floor && floor > exponential ? floor + jitter : exponential + jitter;
    }

    private ResiliencePipeline TimeoutOf(PlatformDescriptor descriptor) =>
        timeouts.GetOrAdd(descriptor.Name, _ => new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddTimeout(TimeSpan.FromSeconds(descriptor.TimeoutSeconds))
            .Build());

    private static ProviderLimits? Limits(RateLimitSnapshot? snapshot) => snapshot is null || snapshot.IsEmpty
        ? null
        : new ProviderLimits(snapshot.RequestLimit, snapshot.RequestsRemaining, snapshot.RequestsResetIn,
            snapshot.TokenLimit, snapshot.TokensRemaining, snapshot.TokensResetIn);

    /// <summary>One call through its attempts.</summary>
    private sealed class Call(
        PlatformCalls owner, IAnswerEngine engine, AnswerRequest request, PlatformDescriptor descriptor, IPlatformGrain gate, Guid? clientId)
    {
        private readonly int estimate = EstimateTokens(request, descriptor);

        public int Attempts { get; private set; }

        public DateTimeOffset? FirstFailureAt { get; private set; }

        private string Platform => descriptor.Name;

        private TimeProvider Time => owner.clock;

        public async ValueTask<PlatformCallResult> AttemptAsync(CancellationToken ct)
        {
            Attempts++;
            try
            {
                return await LeasedAttemptAsync(ct);
            }
            catch (AnswerEngineException ex)
            {
                FirstFailureAt ??= Time.GetUtcNow();
                owner.metrics.EngineError(Platform, ex.ErrorClass.ToString(), ex.ErrorClass == EngineErrorClass.RateLimit);
                owner.log.LogInformation("Attempt {Attempt} on {Platform} failed: {Class} {Message}", Attempts, Platform, ex.ErrorClass, ex.Message);
                throw;
            }
        }

        private async Task<PlatformCallResult> LeasedAttemptAsync(CancellationToken ct)
        {
            var lease = await LeaseAsync(ct);
            var startedAt = Time.GetUtcNow();
            var started = Time.GetTimestamp();
            try
            {
                var answer = await owner.TimeoutOf(descriptor).ExecuteAsync(
                    static (state, token) => new ValueTask<EngineAnswer>(state.engine.AskAsync(state.request, token)), (engine, request), ct);
                var elapsed = Time.GetElapsedTime(started);
                owner.metrics.EngineCall(Platform, succeeded: true, elapsed);
                await ReportAsync(new CallOutcome(
                    lease, CallResult.Succeeded, answer.InputTokens + answer.OutputTokens, elapsed, null, null, false, null, Limits(answer.RateLimits)));
                return new PlatformCallResult(answer, elapsed, startedAt, Attempts);
            }
            catch (Exception ex) when (ex is TimeoutRejectedException or AnswerEngineException)
            {
                var elapsed = Time.GetElapsedTime(started);
                owner.metrics.EngineCall(Platform, succeeded: false, elapsed);
                var failure = ex as AnswerEngineException
                              ?? new AnswerEngineException(EngineErrorClass.Timeout, $"{Platform} gave no answer within {descriptor.TimeoutSeconds} s", inner: ex);
                var outcome = new CallOutcome(
                    lease, CallResult.Failed, 0, elapsed, failure.ErrorClass.ToString(), failure.Message, failure.CountsAgainstHealth,
                    failure.RetryAfter, Limits(failure.RateLimits));
                await ReportAsync(outcome with { ClientId = clientId });
                throw failure;
            }
            catch (Exception)
            {
                await ReportAsync(new CallOutcome(lease, CallResult.Abandoned, 0, Time.GetElapsedTime(started), null, null, false, null, null));
                throw;
            }
        }

        /// <summary>
        /// Waits for a granted lease whose start time has come; an open breaker fails the attempt. The slot is timed on
        /// this silo's monotonic clock from the gate's relative answer (<see cref="CallLease.Delay"/>,
        /// <see cref="CallLease.StartWithin"/>), never by comparing this silo's wall clock with the gate's: the wait
        /// counts from when the answer arrived, so the call never starts before its slot, and the deadline from when
        /// the lease was asked for, so it never starts after it, however far the two clocks differ.
        /// </summary>
        private async Task<Guid> LeaseAsync(CancellationToken ct)
        {
            while (true)
            {
                CallLease lease;
                var asked = Time.GetTimestamp();
                try
                {
                    lease = await gate.AcquireAsync(estimate);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The gate's silo may just have died; its next activation answers shortly.
                    owner.log.LogInformation(ex, "The gate of {Platform} is unavailable; asking again", Platform);
                    await Task.Delay(TimeSpan.FromMilliseconds(250 + Random.Shared.Next(0, 250)), Time, ct);
                    continue;
                }
                var answered = Time.GetTimestamp();
                switch (lease.Decision)
                {
                    case LeaseDecision.BreakerOpen:
                        throw new AnswerEngineException(EngineErrorClass.CircuitOpen, $"The circuit breaker of {Platform} is open", lease.Delay);
                    case LeaseDecision.Wait:
                        // Spread waiting callers out so they do not all come back in the same instant.
                        await Task.Delay(lease.Delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 200)), Time, ct);
                        continue;
                }
                var wait = lease.Delay - Time.GetElapsedTime(answered);
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, Time, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        // Cancelled (its run was) before the lease's slot came: give the lease back now, or it would count
                        // as a call in flight, holding a slot of the platform's concurrency, until it expired.
                        await ReportAsync(new CallOutcome(lease.Id, CallResult.Abandoned, 0, TimeSpan.Zero, null, null, false, null, null));
                        throw;
                    }
                }
                if (Time.GetElapsedTime(asked) <= lease.StartWithin)
                {
                    return lease.Id;
                }
                await ReportAsync(new CallOutcome(lease.Id, CallResult.Abandoned, 0, TimeSpan.Zero, null, null, false, null, null));
            }
        }

        private async Task ReportAsync(CallOutcome outcome)
        {
            try
            {
                await gate.ReportAsync(outcome);
            }
            catch (Exception ex)
            {
                // The lease expires by itself; only this outcome's effect on the breaker and budget is lost.
                owner.log.LogInformation(ex, "The gate of {Platform} did not take a call's outcome", Platform);
            }
        }
    }
}
