namespace Aeo.Storage.Trends;

/// <summary>The text of each of a run's questions, by question id: what pairs the answers of two runs.</summary>
public sealed class RunQuestionTexts(AeoDatabase db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ForRunAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<(Guid Id, string Text)>(new CommandDefinition(
            "select id, question_text from questions where audit_run_id = @runId", new { runId }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => r.Text);
    }
}
