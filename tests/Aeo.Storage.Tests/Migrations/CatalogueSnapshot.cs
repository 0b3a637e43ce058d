namespace Aeo.Storage.Tests.Migrations;

/// <summary>Tables, columns, indexes and OrleansQuery rows of a database, as sorted lines.</summary>
internal static class CatalogueSnapshot
{
    public static async Task<List<string>> TakeAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        var lines = new List<string>();
        lines.AddRange(await conn.QueryAsync<string>("""
            SELECT table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
                   || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
                   || COALESCE(' DEFAULT ' || column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """));
        lines.AddRange(await conn.QueryAsync<string>("SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"));
        lines.AddRange(await conn.QueryAsync<string>("SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"));
        lines.AddRange(await conn.QueryAsync<string>("SELECT 'query ' || querykey || ' ' || md5(querytext) FROM orleansquery"));
        lines.AddRange(await conn.QueryAsync<string>("SELECT 'migration ' || version || ' ' || name || ' ' || checksum || ' ' || applied_at FROM schema_migrations"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
