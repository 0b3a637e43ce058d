namespace Aeo.Storage.Migrations;

/// <summary>
/// Applies the embedded migrations in order, each in its own transaction, recorded in <c>schema_migrations</c>.
/// Concurrent runners (several silos starting at once) are serialised by a session advisory lock.
/// </summary>
public static partial class MigrationRunner
{
    /// <summary>Advisory lock key shared by every process migrating the same database ("aeo-migr").</summary>
    public const long AdvisoryLockKey = 0x6165_6f2d_6d69_6772;

    public static Task ApplyAsync(string connectionString, ILogger logger, CancellationToken ct) =>
        ApplyAsync(connectionString, Migration.LoadEmbedded(), logger, ct);

    /// <summary>Applies the given migrations (tests use this to simulate edits).</summary>
    public static async Task ApplyAsync(string connectionString, IReadOnlyList<Migration> migrations, ILogger logger, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(logger);

        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct).ConfigureAwait(false);
        await ExecAsync(conn, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct).ConfigureAwait(false);
        try
        {
            await ExecAsync(conn, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations
                (
                    version    integer     PRIMARY KEY,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, ct).ConfigureAwait(false);

            var applied = new Dictionary<int, (string Name, string Checksum)>();
            await using (var read = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", conn))
            await using (var reader = await read.ExecuteReaderAsync(ct).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
                }
            }

            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Version, out var done))
                {
                    if (!string.Equals(done.Checksum, migration.Checksum, StringComparison.Ordinal))
                    {
                        throw new MigrationChecksumMismatchException(migration.Version, migration.Name, done.Checksum, migration.Checksum);
                    }
                    continue;
                }

                await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
                try
                {
                    await ExecAsync(conn, tx, migration.Sql, ct).ConfigureAwait(false);
                    await using var record = new NpgsqlCommand(
                        "INSERT INTO schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)", conn, tx);
                    record.Parameters.AddWithValue("version", migration.Version);
                    record.Parameters.AddWithValue("name", migration.Name);
                    record.Parameters.AddWithValue("checksum", migration.Checksum);
                    await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    await tx.CommitAsync(ct).ConfigureAwait(false);
                }
                catch (PostgresException ex)
                {
                    throw new InvalidOperationException($"Migration {migration.Version:D4}_{migration.Name} failed: {ex.MessageText} (SQLSTATE {ex.SqlState}, line {ex.Line}, position {ex.Position})", ex);
                }
                LogApplied(logger, migration.Version, migration.Name);
            }
        }
        finally
        {
            if (conn.State == System.Data.ConnectionState.Open)
            {
                await ExecAsync(conn, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 300 };
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version:D4}_{Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
