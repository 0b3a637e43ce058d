using System.Security.Cryptography;
using Aeo.Abstractions.Audits;
using Aeo.Analysis.Questions;

namespace Aeo.Storage.Tests.Repositories;

/// <summary>A fresh migrated database with one client, one run of it and that run's questions, and the repositories over it.</summary>
internal sealed class StoredRun : IAsyncDisposable
{
    public const string Client = "Acme CRM";
    public const string Rival = "Rival";

    private StoredRun(AeoDatabase database, Guid runId, AuditSpec spec, IReadOnlyList<QuestionRecord> questions)
    {
        Database = database;
        RunId = runId;
        Spec = spec;
        Questions = questions;
    }

    public AeoDatabase Database { get; }

    public Guid RunId { get; }

    public AuditSpec Spec { get; }

    public IReadOnlyList<QuestionRecord> Questions { get; }

    public AuditRunRepository Runs => new(Database);

    public ResponseRepository Responses => new(Database);

    public static async Task<StoredRun> CreateAsync(int questions = 2)
    {
        var database = new AeoDatabase(await PostgresTestServer.CreateMigratedDatabaseAsync());
        var brand = new BrandSpec(Client, ["Acme"], ["acme.example"]);
        var rival = new BrandSpec(Rival, [], ["rival.example"]);
        var clientId = Guid.NewGuid();
        await new ClientRepository(database).CreateAsync(
            new ClientRecord(clientId, "Acme", "CRM software", brand, [rival], DateTimeOffset.UtcNow),
            RandomNumberGenerator.GetBytes(32),
            CancellationToken.None);
        var spec = new AuditSpec(clientId, brand, [rival], "CRM software", ["pricing"], ["openai", "gemini"], questions, 1, [], []);
        var runId = Guid.NewGuid();
        await new AuditRunRepository(database).InsertAsync(runId, spec, DateTimeOffset.UtcNow, CancellationToken.None);
        var records = Enumerable.Range(0, questions)
            .Select(i => new QuestionRecord(
                Guid.NewGuid(), i, $"Which CRM suits an agency? ({i})", "pricing", i % 2 == 0 ? QuestionTypes.NonBranded : QuestionTypes.Branded,
                0.5, null, "template"))
            .ToList();
        await new QuestionRepository(database).InsertManyAsync(runId, records, CancellationToken.None);
        return new StoredRun(database, runId, spec, records);
    }

    /// <summary>Writes responses the way the silo does: through the batch writer.</summary>
    public async Task<bool[]> WriteAsync(params ResponseRecord[] responses)
    {
        var writer = new ResponseBatchWriter(Responses, NullLogger<ResponseBatchWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        try
        {
            return await Task.WhenAll(responses.Select(writer.WriteAsync));
        }
        finally
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
