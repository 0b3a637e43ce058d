using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;

namespace Aeo.Storage.Repositories;

/// <summary>An answer as the figures and the change tests observe it, with the id of its question (what pairs it with another run's answer).</summary>
public sealed record ObservedAnswer(Guid QuestionId, AnswerObservation Observation);

/// <summary>
/// A run's answers as observations, read without the answer text and without the mentions' contexts and positions
/// (most of what a response row holds): what computing a run's figures or testing its changes needs, at a fraction of
/// reading whole answers. An observation equals <see cref="AnalyzedAnswerRow.Observation"/> of the same answer.
/// </summary>
public sealed class AnswerObservations(AeoDatabase db)
{
    public async Task<IReadOnlyList<ObservedAnswer>> ForRunAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            select r.question_id as questionid, q.category, q.question_type as questiontype, r.platform, r.sample,
                   coalesce((select jsonb_agg(m - 'contexts' - 'positions' order by i)
                             from jsonb_array_elements(r.brand_mentions) with ordinality as e(m, i)), '[]')::text
                       as mentionsjson,
                   coalesce((select jsonb_agg(jsonb_build_object('url', c -> 'url', 'kind', c -> 'kind', 'domain', c -> 'domain') order by i)
                             from jsonb_array_elements(r.citations) with ordinality as e(c, i)), '[]')::text as citationsjson
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId
            order by q.ordinal, r.platform, r.sample
            """,
            new { runId },
            cancellationToken: ct));
        return rows.Select(r => r.ToObserved()).ToList();
    }

    private sealed record Row(Guid QuestionId, string Category, string QuestionType, string Platform, int Sample, string MentionsJson, string CitationsJson)
    {
        public ObservedAnswer ToObserved() => new(QuestionId, new AnswerObservation(
            QuestionId.ToString(),
            Category,
            QuestionType == QuestionTypes.Branded,
            Platform,
            Sample,
            StorageJson.Read<Mention[]>(MentionsJson)
                .Select(m => new BrandObservation(m.Brand, m.Count, m.Rank, m.Sentiment.Score, m.Prominence, m.UnknownToEngine, m.EchoOrDisclaimerOnly))
                .ToArray(),
            StorageJson.Read<Citation[]>(CitationsJson)
                .Select(c => new CitedDomain(c.Domain, c.Kind == "retrieved" ? CitationKind.Retrieved : CitationKind.Cited, NormalizedUrl.PathOf(c.Url)))
                .ToArray()));
    }

    private sealed record Mention(string Brand, int Count, int Rank, Sentiment Sentiment, double? Prominence, bool UnknownToEngine, bool EchoOrDisclaimerOnly);

    private sealed record Sentiment(double Score);

    private sealed record Citation(string Url, string Kind, string Domain);
}
