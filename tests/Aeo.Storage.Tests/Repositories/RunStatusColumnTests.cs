using Aeo.Abstractions.Audits;

namespace Aeo.Storage.Tests.Repositories;

/// <summary>The status and stage columns hold the snake-case spellings, and every query reads and filters them as enums.</summary>
public sealed class RunStatusColumnTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(RunStatus.Pending, "pending", RunStage.Queued, "queued")]
    [InlineData(RunStatus.Running, "running", RunStage.GeneratingQuestions, "generating_questions")]
    [InlineData(RunStatus.Running, "running", RunStage.ProcessingQuestions, "processing_questions")]
    [InlineData(RunStatus.Running, "running", RunStage.Finalizing, "finalizing")]
    [InlineData(RunStatus.Completed, "completed", RunStage.Completed, "completed")]
    [InlineData(RunStatus.PartiallyCompleted, "partially_completed", RunStage.Completed, "completed")]
    [InlineData(RunStatus.Failed, "failed", RunStage.Failed, "failed")]
    [InlineData(RunStatus.Cancelled, "cancelled", RunStage.Cancelled, "cancelled")]
    public async Task A_status_and_stage_are_stored_spelled_in_snake_case_and_read_back_and_filtered_as_enums(
        RunStatus status, string statusColumn, RunStage stage, string stageColumn)
    {
        await using var run = await StoredRun.CreateAsync();
        var inserted = await run.Runs.GetAsync(run.RunId, None);
        Assert.Equal((RunStatus.Pending, RunStage.Initializing), (inserted!.Status, inserted.Stage));

        await run.Runs.UpdateAsync(Progress(run.RunId, status, stage), None);

        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(
            (statusColumn, stageColumn),
            await connection.QuerySingleAsync<(string, string)>("select status, stage from audit_runs where id = @id", new { id = run.RunId }));
        var read = await run.Runs.GetAsync(run.RunId, None);
        Assert.Equal((status, stage), (read!.Status, read.Stage));
        Assert.Equal([run.RunId], (await run.Runs.ListAsync(null, status, 0, 10, None)).Items.Select(r => r.Id));
        var other = Enum.GetValues<RunStatus>().First(s => s != status);
        Assert.Empty((await run.Runs.ListAsync(null, other, 0, 10, None)).Items);
    }

    [Fact]
    public async Task Retention_and_recovery_pick_runs_by_their_status()
    {
        await using var run = await StoredRun.CreateAsync();
        var maintenance = new RunMaintenanceRepository(run.Database);
        var later = DateTimeOffset.UtcNow.AddMinutes(5);

        await run.Runs.UpdateAsync(Progress(run.RunId, RunStatus.Running, RunStage.ProcessingQuestions), None);
        Assert.Empty(await maintenance.EndedBeforeAsync(later, 10, None));
        var stalled = Assert.Single(await maintenance.RecoveryCandidatesAsync(3, later, 10, None));
        Assert.Equal(RunStatus.Running, stalled.Status);

        Assert.True(await maintenance.FailOrphanAsync(run.RunId, "orphaned", None));
        Assert.False(await maintenance.FailOrphanAsync(run.RunId, "orphaned", None));
        var failed = await run.Runs.GetAsync(run.RunId, None);
        Assert.Equal((RunStatus.Failed, RunStage.Failed, "orphaned"), (failed!.Status, failed.Stage, failed.ErrorLog));
        var retryable = Assert.Single(await maintenance.RecoveryCandidatesAsync(3, DateTimeOffset.UtcNow.AddHours(-1), 10, None));
        Assert.Equal(RunStatus.Failed, retryable.Status);
        Assert.Equal([run.RunId], await maintenance.EndedBeforeAsync(later, 10, None));

        foreach (var ended in Enum.GetValues<RunStatus>().Where(s => s.IsTerminal()))
        {
            await run.Runs.UpdateAsync(Progress(run.RunId, ended, RunStage.Completed), None);
            Assert.Equal([run.RunId], await maintenance.EndedBeforeAsync(later, 10, None));
        }
        Assert.Equal(1, await maintenance.DeleteEndedAsync([run.RunId], later, None));
    }

    [Fact]
    public async Task A_status_this_version_does_not_know_is_an_error_that_names_it()
    {
        await using var run = await StoredRun.CreateAsync();
        await using (var connection = await run.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update audit_runs set status = 'paused' where id = @id", new { id = run.RunId });
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.Runs.GetAsync(run.RunId, None));
        Assert.Contains("'paused'", error.Message);
    }

    private static AuditRunProgress Progress(Guid runId, RunStatus status, RunStage stage) => new(
        runId, status, stage, DateTimeOffset.UtcNow, status.IsTerminal() ? DateTimeOffset.UtcNow : null, 1, 2, 0, 0, null,
        [new PlatformProgress("openai", false, 2, 0, 0, null)], null, RetryCount: 0);
}
