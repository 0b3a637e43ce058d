namespace Aeo.Storage.Repositories;

/// <summary>The audit database: one pooled data source shared by every repository of a process.</summary>
public sealed class AeoDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(connectionString);

    public string ConnectionString { get; } = connectionString;

    internal ValueTask<NpgsqlConnection> OpenAsync(CancellationToken ct) => DataSource.OpenConnectionAsync(ct);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
