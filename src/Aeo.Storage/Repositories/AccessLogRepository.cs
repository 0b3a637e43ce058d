namespace Aeo.Storage.Repositories;

/// <summary>One access-log row: who (never the key itself), what route, how it ended, from where.</summary>
public sealed record AccessLogEntry(
    DateTimeOffset At,
    string? Caller,
    string? KeyId,
    Guid? ClientId,
    string Method,
    string? Route,
    string Path,
    int Status,
    bool FailedSignIn,
    string? TraceId,
    string? RemoteAddress);

/// <summary>What to list of the access log; every field null means no filter on it.</summary>
public sealed record AccessLogFilter(
    Guid? ClientId = null, string? KeyId = null, int? Status = null, string? Method = null, bool? FailedSignIn = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);

public sealed class AccessLogRepository(AeoDatabase db)
{
    private const string Where =
        """
        where (@ClientId::uuid is null or client_id = @ClientId)
          and (@KeyId::text is null or key_id = @KeyId)
          and (@Status::int is null or status = @Status)
          and (@Method::text is null or method = @Method)
          and (@FailedSignIn::boolean is null or failed_sign_in = @FailedSignIn)
          and (@From::timestamptz is null or at >= @From)
          and (@To::timestamptz is null or at < @To)
        """;

    public async Task WriteAsync(IReadOnlyCollection<AccessLogEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into access_log (at, caller, key_id, client_id, method, route, path, status, failed_sign_in, trace_id, remote_address)
            values (@At, @Caller, @KeyId, @ClientId, @Method, @Route, @Path, @Status, @FailedSignIn, @TraceId, @RemoteAddress)
            """,
            entries, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    /// <summary>The newest first, <paramref name="limit"/> from <paramref name="offset"/>, with the number matching in all.</summary>
    public async Task<(IReadOnlyList<AccessLogEntry> Items, int Total)> PageAsync(AccessLogFilter filter, int offset, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var parameters = new DynamicParameters(filter);
        parameters.Add("offset", offset);
        parameters.Add("limit", limit);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*) from access_log {Where}", parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"""
            select at as At, caller as Caller, key_id as KeyId, client_id as ClientId, method as Method, route as Route, path as Path,
                   status as Status, failed_sign_in as FailedSignIn, trace_id as TraceId, remote_address as RemoteAddress
            from access_log {Where}
            order by at desc, id desc offset @offset limit @limit
            """,
            parameters, cancellationToken: ct));
        return (rows.Select(r => r.ToEntry()).ToList(), total);
    }

    /// <summary>Forgets rows older than <paramref name="cutoff"/>.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from access_log where at < @cutoff", new { cutoff }, cancellationToken: ct));
    }

    /// <summary>A row as Npgsql reads it (timestamptz as a UTC DateTime).</summary>
    private sealed class Row
    {
        public DateTime At { get; init; }
        public string? Caller { get; init; }
        public string? KeyId { get; init; }
        public Guid? ClientId { get; init; }
        public string Method { get; init; } = "";
        public string? Route { get; init; }
        public string Path { get; init; } = "";
        public int Status { get; init; }
        public bool FailedSignIn { get; init; }
        public string? TraceId { get; init; }
        public string? RemoteAddress { get; init; }

        public AccessLogEntry ToEntry() => new(
            new DateTimeOffset(DateTime.SpecifyKind(At, DateTimeKind.Utc)), Caller, KeyId, ClientId, Method, Route, Path, Status, FailedSignIn, TraceId, RemoteAddress);
    }
}
