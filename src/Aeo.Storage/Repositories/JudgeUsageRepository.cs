namespace Aeo.Storage.Repositories;

/// <summary>Calls to the sentiment judge per key and UTC day, counted in one statement so that every API process shares the count.</summary>
public sealed class JudgeUsageRepository(AeoDatabase db)
{
    public async Task<int> CallsAsync(string keyRef, DateOnly day, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "select calls from judge_usage where key_ref = @keyRef and day = @day",
            new { keyRef, day },
            cancellationToken: ct)) ?? 0;
    }

    /// <summary>Counts one more call if the day's count is below <paramref name="limit"/>; false (and nothing counted) when it is not.</summary>
    public async Task<bool> TryCountCallAsync(string keyRef, DateOnly day, int limit, CancellationToken ct)
    {
        if (limit <= 0)
        {
            return false;
        }
        await using var connection = await db.OpenAsync(ct);
        var counted = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            """
            insert into judge_usage (key_ref, day, calls) values (@keyRef, @day, 1)
            on conflict (key_ref, day) do update set calls = judge_usage.calls + 1 where judge_usage.calls < @limit
            returning calls
            """,
            new { keyRef, day, limit },
            cancellationToken: ct));
        return counted is not null;
    }

    /// <summary>Forgets the counts of days before <paramref name="before"/>.</summary>
    public async Task<int> DeleteBeforeAsync(DateOnly before, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "delete from judge_usage where day < @before", new { before }, cancellationToken: ct));
    }
}
