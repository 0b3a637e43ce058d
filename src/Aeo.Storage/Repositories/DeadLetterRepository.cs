using Dapper;

namespace Aeo.Storage.Repositories;

public sealed record DeadLetterRecord(
    Guid Id, Guid RunId, Guid QuestionId, string Platform, int Sample, string PayloadJson, string ErrorClass,
    string ErrorMessage, int Attempts, DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt);

public sealed class DeadLetterRepository(AeoDatabase db)
{
    /// <summary>Records a work item that failed for good; a repeat for the same item changes nothing.</summary>
    public async Task InsertAsync(DeadLetterRecord letter, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into dead_letters (id, audit_run_id, question_id, platform, sample, payload, error_class, error_message,
                                      attempts, first_failed_at, last_failed_at)
            values (@Id, @RunId, @QuestionId, @Platform, @Sample, @PayloadJson::jsonb, @ErrorClass, @ErrorMessage,
                    @Attempts, @FirstFailedAt, @LastFailedAt)
            on conflict (audit_run_id, question_id, platform, sample) do nothing
            """,
            letter,
            cancellationToken: ct));
    }

    /// <summary>Deletes a run's dead letters of the given error classes, so a retried run asks those items again.</summary>
    /// <returns>How many were deleted.</returns>
    public async Task<int> DeleteAsync(Guid runId, IReadOnlyCollection<string> errorClasses, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from dead_letters where audit_run_id = @runId and error_class = any(@classes)",
            new { runId, classes = errorClasses.ToArray() },
            cancellationToken: ct));
    }
}
