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
}
