using Aeo.Grains.Analysis;
using Aeo.Grains.Maintenance;
using Aeo.Grains.Webhooks;

namespace Aeo.Grains.Audits;

/// <summary>
/// What a run keeps in the tables, as its grain uses them: its audit_runs row, its questions (planned once), the work
/// items already settled, and the dead letters it asks again. The tables are the truth a resumed run starts from.
/// </summary>
public sealed class RunRecords(
    AuditRunRepository runs,
    QuestionRepository questions,
    ResponseRepository responses,
    DeadLetterRepository deadLetters,
    QuestionPlanner planner,
    RunEndEvents endEvents,
    IGrainFactory grains)
{
    public Task InsertAsync(Guid runId, AuditSpec spec, DateTimeOffset createdAt) =>
        runs.InsertAsync(runId, spec, createdAt, CancellationToken.None);

    /// <summary>
    /// Saves the run's row as its state has it; the save that ends the run writes its webhook events and change
    /// families with it (see <see cref="RunEndEvents"/>) and then pokes the dispatcher to send the events.
    /// </summary>
    public async Task SaveAsync(Guid runId, AuditRunState state)
    {
        var written = await runs.UpdateAsync(
            RunViews.ToProgress(runId, state), ct => endEvents.ForAsync(runId, state, ct), CancellationToken.None);
        if (written > 0)
        {
            await grains.GetGrain<IWebhookDispatcherGrain>(WebhookDispatcherGrain.Key).PokeAsync();
        }
    }

    public Task<IReadOnlyList<QuestionRecord>> QuestionsAsync(Guid runId) => questions.ListAsync(runId, CancellationToken.None);

    /// <summary>Plans and stores the run's questions, and returns what the table then holds.</summary>
    public async Task<IReadOnlyList<QuestionRecord>> GenerateQuestionsAsync(Guid runId, AuditSpec spec)
    {
        var records = await planner.PlanAsync(runId, spec, CancellationToken.None);
        await questions.InsertManyAsync(runId, records, CancellationToken.None);
        // Re-read: if an earlier activation stored its questions first, theirs are the ones with answers.
        return await questions.ListAsync(runId, CancellationToken.None);
    }

    /// <summary>A ledger of the run's questions with everything the tables hold marked settled, the rest queued.</summary>
    public async Task<RunLedger> ReadLedgerAsync(Guid runId, AuditSpec spec, IReadOnlyList<QuestionRecord> runQuestions, SamplePlan plan)
    {
        var ledger = new RunLedger(spec, runQuestions, plan);
        await SettleFromTablesAsync(runId, ledger, CancellationToken.None);
        ledger.RequeueUnsettled();
        return ledger;
    }

    /// <summary>Marks settled in <paramref name="ledger"/> what the tables hold: reports can be lost with a silo.</summary>
    /// <returns>Whether any item was newly settled.</returns>
    public async Task<bool> SettleFromTablesAsync(Guid runId, RunLedger ledger, CancellationToken ct)
    {
        var any = false;
        foreach (var item in await responses.SettledItemsAsync(runId, ct))
        {
            any |= ledger.Settle(new WorkItem(item.Ordinal, item.Platform, item.Sample), item.Succeeded, item.CostUsd);
        }
        return any;
    }

    /// <summary>The run's stored answers with the brands each mentions: what an adaptive run's next round is planned from.</summary>
    public Task<IReadOnlyList<AnalyzedAnswerRow>> AnswersAsync(Guid runId) => responses.AnalyzedAnswersAsync(runId, CancellationToken.None);

    public Task<int> DeleteDeadLettersAsync(Guid runId, Guid[] ids) => deadLetters.DeleteAsync(runId, ids, CancellationToken.None);

    /// <summary>Deletes the run's dead letters of the classes a retry may fix, so that a resumed run asks those items again.</summary>
    public Task<int> DeleteRecoverableDeadLettersAsync(Guid runId) =>
        deadLetters.DeleteAsync(runId, RecoverableErrors.Classes.ToArray(), CancellationToken.None);
}
