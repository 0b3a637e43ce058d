using Aeo.Grains.Analysis;

namespace Aeo.Grains.Questions;

/// <summary>
/// Asks one question of a run on its platforms and samples, stores each answer with its brand mentions, and
/// reports every settled item to the run. Holds no state of its own: the responses table is the truth, and
/// its unique key makes a repeated item a no-op.
/// </summary>
public sealed class QuestionGrain(
    IAnswerEngineRegistry engines,
    AnswerAnalyzerCache analyzers,
    PlatformCalls calls,
    ResponseBatchWriter responses,
    DeadLetterRepository deadLetters,
    AeoMetrics metrics,
    TimeProvider time,
    ILogger<QuestionGrain> logger) : Grain, IQuestionGrain, IRunLogScoped
{
    private readonly HashSet<WorkItem> inHand = [];
    private readonly List<WorkItemOutcome> unreported = [];
    private readonly CancellationTokenSource cancellation = new();
    private readonly GaugeMark inFlight = metrics.QuestionInFlight();
    private int settledCount;
    private Task? reporting;
    private Guid? runId;
    private Guid? clientId;
    private string? runTraceContext;

    public RunLogScope LogScope => field ??= new RunLogScope(() => runId, () => clientId, () => runTraceContext);

    public Task ExecuteAsync(QuestionWork work)
    {
        runId = work.RunId;
        clientId = work.ClientId;
        runTraceContext = work.TraceContext;
        foreach (var item in work.Items)
        {
            if (inHand.Add(item))
            {
                RunSpans.Start("work item", work.TraceContext, work.RunId, work.ClientId, () => RunItemAsync(work, item),
                    ("aeo.platform", item.Platform), ("aeo.question", work.Ordinal), ("aeo.sample", item.Sample)).Ignore();
            }
        }
        inFlight.Set(settledCount < inHand.Count);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        inFlight.Set(false);
        return Task.CompletedTask;
    }

    public Task CancelAsync()
    {
        cancellation.Cancel();
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task RunItemAsync(QuestionWork work, WorkItem item)
    {
        WorkItemOutcome outcome;
        try
        {
            outcome = await SettleAsync(work, item, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            // Storage failed: leave the item unsettled so the run hands it out again.
            RunSpans.Fail("storage");
            logger.LogWarning(ex, "Work item {Item} of run {Run} could not be stored", item, work.RunId);
            inHand.Remove(item);
            inFlight.Set(settledCount < inHand.Count);
            return;
        }
        settledCount++;
        inFlight.Set(settledCount < inHand.Count);
        unreported.Add(outcome);
        if (reporting is null || reporting.IsCompleted)
        {
            reporting = ReportAsync(work.RunId);
        }
    }

    private async Task<WorkItemOutcome> SettleAsync(QuestionWork work, WorkItem item, CancellationToken ct)
    {
        if (!engines.TryGet(item.Platform, out var engine))
        {
            RunSpans.Fail("configuration");
            await DeadLetterAsync(work, item, "configuration", $"Platform '{item.Platform}' is not configured", 0, ct);
            return new WorkItemOutcome(item, false, $"Platform '{item.Platform}' is not configured");
        }

        var request = AnswerRequests.For(work.Text, item.Sample, work.Brands, work.WebSearch);
        try
        {
            var call = await calls.AskAsync(engine, request, ct, work.ClientId);
            await StoreAsync(work, item, call.Answer, call.StartedAt, call.Elapsed);
            return new WorkItemOutcome(item, true, null) { CostUsd = call.Answer.CostUsd };
        }
        catch (PlatformCallFailedException failed) when (!ct.IsCancellationRequested)
        {
            var ex = failed.LastError;
            RunSpans.Fail(ex.ErrorClass.ToString());
            await DeadLetterAsync(work, item, ex.ErrorClass.ToString(), ex.Message, failed.Attempts, ct, failed.FirstFailureAt);
            return new WorkItemOutcome(item, false, $"{ex.ErrorClass}: {ex.Message}");
        }
    }

    private async Task StoreAsync(QuestionWork work, WorkItem item, EngineAnswer answer, DateTimeOffset startedAt, TimeSpan elapsed)
    {
        var analysisStarted = time.GetTimestamp();
        // The analysis is pure CPU work of a millisecond or more: it runs on the thread pool, not in this grain's turn, so
        // the grain's other items (a lease whose start time has come above all) are not held up behind it.
        var analyzer = analyzers.For(work.RunId, work.Brands);
        var token = cancellation.Token;
        var record = await Task.Run(() => AnswerRecords.AnalyzeAsync(
            analyzer, work.RunId, work.QuestionId, item.Platform, item.Sample, answer, startedAt, elapsed, token, work.Text), token);
        metrics.AnswerAnalyzed(time.GetElapsedTime(analysisStarted));

        // The answer is paid for: the writer keeps it through a database outage, so this waits until it is stored.
        await responses.WriteAsync(record);
    }

    /// <summary>Stores a work item that failed for good, waiting out a database outage; a repeat for the same item changes nothing.</summary>
    private async Task DeadLetterAsync(
        QuestionWork work, WorkItem item, string errorClass, string message, int attempts, CancellationToken ct,
        DateTimeOffset? firstFailure = null)
    {
        var now = time.GetUtcNow();
        var payload = new DeadLetterPayload(work.Text, item.Platform, item.Sample, work.Ordinal);
        var letter = new DeadLetterRecord(Guid.CreateVersion7(), work.RunId, work.QuestionId, item.Platform, item.Sample, payload,
            errorClass, message, attempts, firstFailure ?? now, now);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await deadLetters.InsertAsync(letter, ct);
                return;
            }
            catch (Exception ex) when (DatabaseOutage.IsOutage(ex) && !ct.IsCancellationRequested)
            {
                if (attempt == 1)
                {
                    logger.LogWarning(ex, "A dead letter of run {Run} could not be stored: the database is away; retrying until it is back", work.RunId);
                }
                await Task.Delay(DatabaseOutage.Backoff(attempt), time, ct);
            }
        }
    }

    /// <summary>Sends settled items to the run, several at a time when they pile up; a lost report is harmless.</summary>
    private async Task ReportAsync(Guid runId)
    {
        var run = GrainFactory.GetGrain<IAuditRunGrain>(runId);
        while (unreported.Count > 0)
        {
            var batch = unreported.ToArray();
            unreported.Clear();
            try
            {
                await run.ReportAsync(batch);
            }
            catch (Exception ex)
            {
                // The run rebuilds its progress from the tables when it resumes, so nothing is lost here.
                logger.LogInformation(ex, "Run {Run} did not take a progress report; it will read the tables instead", runId);
            }
        }
        if (settledCount == inHand.Count)
        {
            DeactivateOnIdle();
        }
    }
}
