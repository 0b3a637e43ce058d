using Aeo.Analysis.Citations;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;

namespace Aeo.Storage.Repositories;

/// <summary>An answer as the figures and the change tests observe it, with the id of its question (what pairs it with another run's answer).</summary>
public sealed record ObservedAnswer(Guid QuestionId, AnswerObservation Observation);

/// <summary>
/// A run's answers as observations: what computing a run's figures or testing its changes needs. An ended run whose
/// figures are stored has them stored compactly beside its figures (run_observations, a few hundred bytes an answer);
/// otherwise they are read from the responses without the answer text and the mentions' contexts and positions (most
/// of what a response row holds). Either way an observation equals <see cref="AnalyzedAnswerRow.Observation"/> of the
/// same answer.
/// </summary>
public sealed class AnswerObservations(AeoDatabase db)
{
    public async Task<IReadOnlyList<ObservedAnswer>> ForRunAsync(Guid runId, CancellationToken ct) =>
        await StoredAsync(runId, ct) ?? await FromResponsesAsync(runId, ct);

    /// <summary>The observations stored beside the run's figures; null when its figures (with their segments) are not stored.</summary>
    public async Task<IReadOnlyList<ObservedAnswer>?> StoredAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var stored = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from run_segments where run_id = @runId)", new { runId }, cancellationToken: ct));
        if (!stored)
        {
            return null;
        }
        var rows = await connection.QueryAsync<CompactRow>(new CommandDefinition(
            """
            select o.question_id as questionid, q.category, q.question_type as questiontype, o.platform, o.sample,
                   o.observation::text as observationjson
            from run_observations o join questions q on q.id = o.question_id
            where o.run_id = @runId
            order by q.ordinal, o.platform, o.sample
            """,
            new { runId },
            cancellationToken: ct));
        return rows.Select(r => r.ToObserved()).ToList();
    }

    /// <summary>The observations read from the run's responses as they are now (a run under way, or one whose figures are not stored).</summary>
    public async Task<IReadOnlyList<ObservedAnswer>> FromResponsesAsync(Guid runId, CancellationToken ct)
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

    /// <summary>What run_observations stores of an answer: its brands and sources (the rest are its row's columns and its question's).</summary>
    internal static string Compact(AnswerObservation observation) =>
        StorageJson.Write(new CompactObservation(observation.Brands.ToArray(), observation.Citations.ToArray()));

    private sealed record CompactObservation(BrandObservation[] Brands, CitedDomain[] Citations);

    private sealed record CompactRow(Guid QuestionId, string Category, string QuestionType, string Platform, int Sample, string ObservationJson)
    {
        public ObservedAnswer ToObserved()
        {
            var compact = StorageJson.Read<CompactObservation>(ObservationJson);
            return new ObservedAnswer(QuestionId, new AnswerObservation(
                QuestionId.ToString(), Category, QuestionType == QuestionTypes.Branded, Platform, Sample, compact.Brands, compact.Citations));
        }
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
