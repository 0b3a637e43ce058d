namespace Aeo.Storage.Repositories;

/// <param name="PriorityExplanation">Why the question has its priority, with the formula's numbers; kept in the metadata.</param>
public sealed record QuestionRecord(
    Guid Id, int Ordinal, string Text, string Category, string Type, double Priority, string? TargetBrand, string Provider,
    string? PriorityExplanation = null);

public sealed class QuestionRepository(AeoDatabase db)
{
    /// <summary>Stores a run's questions in one statement; questions already stored are left as they are.</summary>
    public async Task InsertManyAsync(Guid runId, IReadOnlyList<QuestionRecord> questions, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into questions (id, audit_run_id, ordinal, question_text, category, question_type, priority_score, target_brand, provider,
                                   metadata)
            select q.id, @runId, q.ordinal, q.text, q.category, q.type, q.priority, q.target, q.provider,
                   jsonb_strip_nulls(jsonb_build_object('priority_explanation', q.explanation))
            from unnest(@ids, @ordinals, @texts, @categories, @types, @priorities, @targets, @providers, @explanations)
                 as q(id, ordinal, text, category, type, priority, target, provider, explanation)
            on conflict (audit_run_id, ordinal) do nothing
            """,
            new
            {
                runId,
                ids = questions.Select(q => q.Id).ToArray(),
                ordinals = questions.Select(q => q.Ordinal).ToArray(),
                texts = questions.Select(q => q.Text).ToArray(),
                categories = questions.Select(q => q.Category).ToArray(),
                types = questions.Select(q => q.Type).ToArray(),
                priorities = questions.Select(q => q.Priority).ToArray(),
                targets = questions.Select(q => q.TargetBrand).ToArray(),
                providers = questions.Select(q => q.Provider).ToArray(),
                explanations = questions.Select(q => q.PriorityExplanation).ToArray(),
            },
            cancellationToken: ct));
    }

    public async Task<IReadOnlyList<QuestionRecord>> ListAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<QuestionRecord>(new CommandDefinition(
            $"{Select} where audit_run_id = @runId order by ordinal", new { runId }, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<Page<QuestionRecord>> PageAsync(Guid runId, int offset, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "select count(*) from questions where audit_run_id = @runId", new { runId }, cancellationToken: ct));
        var rows = await connection.QueryAsync<QuestionRecord>(new CommandDefinition(
            $"{Select} where audit_run_id = @runId order by ordinal offset @offset limit @limit",
            new { runId, offset, limit },
            cancellationToken: ct));
        return new Page<QuestionRecord>(rows.ToList(), total);
    }

    private const string Select = """
        select id, ordinal, question_text as text, category, question_type as type, priority_score as priority,
               target_brand as targetbrand, provider, metadata->>'priority_explanation' as priorityexplanation
        from questions
        """;
}
