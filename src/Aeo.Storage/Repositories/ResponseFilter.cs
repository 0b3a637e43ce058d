namespace Aeo.Storage.Repositories;

/// <summary>
/// Which of a run's answers to list beyond platform and question: those that do (or do not) mention <see cref="Brand"/>,
/// and those whose sentiment towards it is <see cref="Sentiment"/>. Without a brand, neither applies.
/// </summary>
/// <param name="Mentioned">Null: either way.</param>
/// <param name="Sentiment">A sentiment label (<c>positive</c>, <c>neutral</c>, <c>negative</c>); null: any. Implies a mention.</param>
public sealed record ResponseFilter(string? Brand, bool? Mentioned, string? Sentiment)
{
    public static readonly ResponseFilter None = new(null, null, null);

    /// <summary>The SQL condition on <c>r</c> (responses) for parameters <c>@brand</c>, <c>@mentioned</c> and <c>@sentiment</c>.</summary>
    internal const string Condition =
        " and (@brand::text is null or @mentioned::boolean is null"
        + " or exists (select 1 from jsonb_array_elements(r.brand_mentions) m where m->>'brand' = @brand and (m->>'count')::int > 0) = @mentioned)"
        + " and (@brand::text is null or @sentiment::text is null"
        + " or exists (select 1 from jsonb_array_elements(r.brand_mentions) m where m->>'brand' = @brand and m->'sentiment'->>'label' = @sentiment))";
}
