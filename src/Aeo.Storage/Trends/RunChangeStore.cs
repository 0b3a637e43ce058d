using Aeo.Analysis.Questions;
using Aeo.Analysis.Significance;

namespace Aeo.Storage.Trends;

/// <summary>
/// A run's tested change families (<see cref="RunChangeFinder"/>), one per segment, stored in <c>run_changes</c> when
/// the run ends so that reading them tests nothing. A stored family is told at the reader's false discovery rate
/// (<see cref="FalseDiscoveryThreshold"/>): its adjusted p values do not depend on the rate.
/// </summary>
/// <remarks>
/// A stored family holds while the run and its baseline still end when they did as it was tested: a run resumed and
/// ended again, or a baseline that was, makes it stale. Deleting the run or its baseline (retention, the client's
/// deletion) deletes it. A run that has no family holding (it ended before families were stored, was cancelled or
/// failed, or its changes could not be computed at its end) has it tested on first read and stored; concurrent first
/// reads of one run and segment wait on one lock, so it is tested once.
/// </remarks>
public sealed class RunChangeStore(AeoDatabase db, RunChangeFinder finder)
{
    /// <summary>The segments a run's end stores: non-branded questions (the headline), branded, and all questions (null).</summary>
    public static IReadOnlyList<string?> Segments { get; } = [QuestionTypes.NonBranded, QuestionTypes.Branded, null];

    /// <summary>The run's family in a segment at false discovery rate <paramref name="q"/>; the run must have ended.</summary>
    /// <param name="questionType">The segment's question type; null for all questions.</param>
    public async Task<RunChangeFamily> ForAsync(AuditRunRecord run, string? questionType, double q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var segment = SegmentOf(questionType);
        await using var connection = await db.OpenAsync(ct);
        if (await ReadAsync(connection, null, run.Id, segment, ct) is { } stored)
        {
            return At(stored, q);
        }

        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "select pg_advisory_xact_lock(hashtextextended(@key, 0))", new { key = $"run_changes {run.Id} {segment}" }, tx, cancellationToken: ct));
        if (await ReadAsync(connection, tx, run.Id, segment, ct) is { } storedMeanwhile)
        {
            await tx.CommitAsync(ct);
            return At(storedMeanwhile, q);
        }
        var ended = run.CompletedAt ?? run.CreatedAt;
        var family = await finder.ForAsync(run.Id, run.ClientId, ended, questionType, q, ct);
        await SaveAsync(connection, tx, run.Id, new StoredChangeFamily(segment, ended, family), ct);
        await tx.CommitAsync(ct);
        return family;
    }

    /// <summary>Stores a family in the caller's transaction, replacing the segment's earlier one.</summary>
    public static Task SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid runId, StoredChangeFamily stored, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            insert into run_changes (run_id, segment, run_ended_at, baseline_run_id, baseline_ended_at, family)
            values (@runId, @Segment, @runEndedAt, @baselineRunId, @baselineEndedAt, @family::jsonb)
            on conflict (run_id, segment) do update set
                run_ended_at = excluded.run_ended_at, baseline_run_id = excluded.baseline_run_id,
                baseline_ended_at = excluded.baseline_ended_at, family = excluded.family, stored_at = now()
            """,
            new
            {
                runId,
                stored.Segment,
                runEndedAt = stored.RunEndedAt.UtcDateTime,
                baselineRunId = stored.Family.BaselineRunId,
                baselineEndedAt = stored.Family.BaselineEndedAt?.UtcDateTime,
                family = StorageJson.Write(stored.Family),
            },
            transaction,
            cancellationToken: ct));
    }

    /// <summary>The segment's name in <c>run_changes</c>: the question type, or <c>all</c>.</summary>
    public static string SegmentOf(string? questionType) => questionType ?? "all";

    private static async Task<RunChangeFamily?> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid runId, string segment, CancellationToken ct)
    {
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            """
            select c.family::text
            from run_changes c
            join audit_runs r on r.id = c.run_id
            left join audit_runs b on b.id = c.baseline_run_id
            where c.run_id = @runId and c.segment = @segment
              and c.run_ended_at = coalesce(r.completed_at, r.created_at)
              and (c.baseline_run_id is null
                   or (b.status = any(@ended) and c.baseline_ended_at = coalesce(b.completed_at, b.created_at)))
            """,
            new { runId, segment, ended = RunColumns.Ended },
            transaction,
            cancellationToken: ct));
        return json is null ? null : StorageJson.Read<RunChangeFamily>(json);
    }

    private static RunChangeFamily At(RunChangeFamily family, double q) =>
        family with { Changes = FalseDiscoveryThreshold.At(family.Changes, q) };
}

/// <summary>A run's family in one segment (<see cref="RunChangeStore.SegmentOf"/>), tested when the run ended at <see cref="RunEndedAt"/>.</summary>
public sealed record StoredChangeFamily(string Segment, DateTimeOffset RunEndedAt, RunChangeFamily Family);
