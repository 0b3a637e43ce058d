using Dapper;
using Npgsql;

namespace Aeo.Chaos;

/// <summary>
/// What PostgreSQL says about one run after the chaos: every expected work item (question × platform × sample)
/// settled once, as an answer or a dead letter.
/// </summary>
internal sealed record RunVerdict(
    Guid Id,
    string Status,
    long Questions,
    long Expected,
    long Answered,
    long DeadLettered,
    long Lost,
    long Duplicated,
    long Unexpected,
    TimeSpan? LongestStall,
    DateTime? StartedAt,
    DateTime? CompletedAt)
{
    /// <summary>Ended as a run that survived should: completed (or partially, with its failures dead-lettered).</summary>
    public bool Ended => Status is "completed" or "partially_completed";

    public bool ExactlyOnce => Lost == 0 && Duplicated == 0 && Unexpected == 0 && Expected > 0;

    public TimeSpan? WallTime => StartedAt is { } s && CompletedAt is { } c ? c - s : null;
}

/// <summary>Reads each run's truth from the tables, independently of the run's own counters.</summary>
internal static class ExactlyOnceCheck
{
    // expected: the run's stored questions × the platforms asked × samples 1..N.
    // settled:  expected items present in responses or dead_letters.
    // duplicated: response rows beyond one per item, plus items both answered and dead-lettered.
    // unexpected: rows for an item outside the expected set (another question, platform or sample).
    // longest stall: the longest gap between consecutive stored answers of the run.
    private const string Sql = """
        WITH expected AS (
            SELECT q.id AS question_id, p.platform, s.sample
            FROM questions q
            CROSS JOIN unnest(@Platforms::text[]) AS p(platform)
            CROSS JOIN generate_series(1, @Samples) AS s(sample)
            WHERE q.audit_run_id = @Run),
        answered AS (SELECT DISTINCT question_id, platform, sample FROM responses WHERE audit_run_id = @Run),
        dead AS (SELECT DISTINCT question_id, platform, sample FROM dead_letters WHERE audit_run_id = @Run),
        settled AS (SELECT * FROM answered UNION SELECT * FROM dead)
        SELECT
            r.id AS Id,
            r.status AS Status,
            (SELECT count(*) FROM questions q WHERE q.audit_run_id = r.id) AS Questions,
            (SELECT count(*) FROM expected) AS Expected,
            (SELECT count(*) FROM answered) AS Answered,
            (SELECT count(*) FROM dead) AS DeadLettered,
            (SELECT count(*) FROM expected e WHERE NOT EXISTS (SELECT 1 FROM settled s
                WHERE (s.question_id, s.platform, s.sample) = (e.question_id, e.platform, e.sample))) AS Lost,
            (SELECT count(*) FROM responses x WHERE x.audit_run_id = r.id) - (SELECT count(*) FROM answered)
                + (SELECT count(*) FROM answered JOIN dead USING (question_id, platform, sample)) AS Duplicated,
            (SELECT count(*) FROM settled s WHERE NOT EXISTS (SELECT 1 FROM expected e
                WHERE (s.question_id, s.platform, s.sample) = (e.question_id, e.platform, e.sample))) AS Unexpected,
            (SELECT max(gap) FROM (SELECT created_at - lag(created_at) OVER (ORDER BY created_at) AS gap
                FROM responses x WHERE x.audit_run_id = r.id) gaps) AS LongestStall,
            r.started_at AS StartedAt,
            r.completed_at AS CompletedAt
        FROM audit_runs r
        WHERE r.id = @Run
        """;

    public static async Task<IReadOnlyList<RunVerdict>> RunAsync(string connectionString, IReadOnlyList<Guid> runs, int samples, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var verdicts = new List<RunVerdict>();
        foreach (var run in runs)
        {
            var command = new CommandDefinition(Sql, new { Run = run, Platforms = ChaosPlatforms.Names, Samples = samples }, cancellationToken: ct);
            verdicts.Add(await connection.QuerySingleOrDefaultAsync<RunVerdict>(command)
                ?? new RunVerdict(run, "missing", 0, 0, 0, 0, 0, 0, 0, null, null, null));
        }
        return verdicts;
    }
}
