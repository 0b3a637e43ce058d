using System.Text;
using System.Text.Json;
using Aeo.Abstractions.Audits;
using Aeo.Analysis.Answers.Reports;
using Aeo.Storage.Repositories;
using Dapper;
using Npgsql;

namespace Aeo.Bench.Reports;

/// <summary>
/// A finished run written straight into the tables: questions × platforms × samples answers of about 1,500 characters,
/// each naming some of five tracked brands (with positions, ranks, list places and sentiments) and citing two to four
/// sources, a share of them on the brands' domains. Seeded, so every bench run reads the same rows. The question texts
/// depend only on the number of questions, so two runs of one size ask the same questions (what pairs their answers).
/// </summary>
internal static class SyntheticRun
{
    public static readonly BrandSpec Brand = new("Acme CRM", ["Acme"], ["acme-crm.com"]);

    public static readonly BrandSpec[] Competitors =
    [
        new("Salesforce", [], ["salesforce.com"]),
        new("HubSpot", [], ["hubspot.com"]),
        new("Pipedrive", [], ["pipedrive.com"]),
        new("Zoho Books", [], ["zoho.com/books"]),
    ];

    public static readonly string[] Platforms = ["openai", "anthropic", "perplexity", "gemini"];

    private static readonly string[] Categories = ["recommendation", "comparison", "pricing", "alternatives", "use_case"];
    private static readonly string[] Labels = ["positive", "neutral", "negative"];
    private static readonly string[] Filler =
    [
        "Look closely at the total cost over two or three years, not just the entry price. ",
        "Check whether the pricing is per user, per contact or usage-based. ",
        "Ask for a trial period and test the workflows your team uses every day. ",
        "Evaluate the quality of documentation and the responsiveness of support during the trial. ",
        "Consider data residency requirements if you operate in the EU or other regulated markets. ",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="seed">What the answers are drawn with: the same seed gives the same answers.</param>
    public static async Task<Guid> WriteAsync(
        string connectionString, AuditRunRepository runs, Guid clientId, int questions, int samples, DateTimeOffset created, int seed)
    {
        var runId = Guid.CreateVersion7();
        var spec = new AuditSpec(clientId, Brand, Competitors, "CRM", Categories, Platforms, questions, samples, [], []);
        await runs.InsertAsync(runId, spec, created, CancellationToken.None);
        var random = new Random(seed);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var questionIds = Enumerable.Range(0, questions).Select(_ => Guid.CreateVersion7()).ToArray();
        await connection.ExecuteAsync(
            """
            insert into questions (id, audit_run_id, ordinal, question_text, category, question_type, priority_score, provider)
            select id, @runId, ordinal, 'Which CRM is best for team ' || ordinal || '?', category, type, 0.5, 'bench'
            from unnest(@ids, @ordinals, @categories, @types) as q(id, ordinal, category, type)
            """,
            new
            {
                runId,
                ids = questionIds,
                ordinals = Enumerable.Range(0, questions).ToArray(),
                categories = Enumerable.Range(0, questions).Select(i => Categories[i % Categories.Length]).ToArray(),
                types = Enumerable.Range(0, questions).Select(i => i % 5 == 0 ? "branded" : "non_branded").ToArray(),
            });

        var rows = new List<object>();
        foreach (var (questionId, ordinal) in questionIds.Select((id, i) => (id, i)))
        {
            foreach (var platform in Platforms)
            {
                for (var sample = 1; sample <= samples; sample++)
                {
                    rows.Add(Answer(random, runId, questionId, platform, sample));
                }
            }
            if (rows.Count >= 1000 || ordinal == questions - 1)
            {
                await InsertAsync(connection, rows);
                rows.Clear();
            }
        }
        var total = questions * Platforms.Length * samples;
        await connection.ExecuteAsync(
            """
            update audit_runs set status = 'completed', stage = 'completed', started_at = @started, completed_at = @ended,
                   total_questions = @questions, total_work_items = @total, processed_work_items = @total
            where id = @runId
            """,
            new { runId, started = created.AddMinutes(1).UtcDateTime, ended = created.AddMinutes(30).UtcDateTime, questions, total });
        return runId;
    }

    private static object Answer(Random random, Guid runId, Guid questionId, string platform, int sample)
    {
        var text = new StringBuilder();
        var mentions = new List<MentionReport>();
        var brands = Competitors.Prepend(Brand).Where(_ => random.NextDouble() < 0.6).ToList();
        foreach (var (brand, index) in brands.Select((b, i) => (b, i)))
        {
            text.Append(Filler[random.Next(Filler.Length)]);
            var start = text.Length;
            text.Append(brand.Name).Append(" is a solid choice for teams that want ").Append(Filler[random.Next(Filler.Length)]);
            var score = Math.Round(random.NextDouble() * 2 - 1, 4);
            var sentiment = new SentimentReport(score, Labels[score > 0.3 ? 0 : score < -0.3 ? 2 : 1], 0.8, "lexicon");
            mentions.Add(new MentionReport(
                brand.Name, 1, index + 1, index + 1, start, 0.95, sentiment,
                [new MentionPositionReport(start, brand.Name.Length, brand.Name, "name", 0.95, sentiment)], [brand.Name + " is a solid choice"]));
        }
        while (text.Length < 1500)
        {
            text.Append(Filler[random.Next(Filler.Length)]);
        }
        var citations = Enumerable.Range(1, random.Next(2, 5)).Select(position =>
        {
            var owner = random.NextDouble() < 0.4 ? Competitors.Prepend(Brand).ElementAt(random.Next(5)) : null;
            var domain = owner?.Domains[0].Split('/')[0] ?? $"review-site-{random.Next(30)}.com";
            var path = owner?.Domains[0].Contains('/') == true ? "/books/pricing" : "/best-crm";
            return new CitationReport($"https://{domain}{path}", "A page", position == 1 ? "retrieved" : "cited", position, domain, domain);
        }).ToList();
        var brandCitations = Competitors.Prepend(Brand)
            .Select(b => new BrandCitationReport(b.Name, "absent", 0, 0))
            .ToList();
        return new
        {
            id = Guid.CreateVersion7(),
            run = runId,
            question = questionId,
            platform,
            sample,
            text = text.ToString(),
            mentions = JsonSerializer.Serialize(mentions, Json),
            citations = JsonSerializer.Serialize(citations, Json),
            metadata = JsonSerializer.Serialize(new AnswerMetadata(800, false, brandCitations), Json),
            cost = 0.0012m,
            ms = random.Next(400, 4000),
        };
    }

    private static Task InsertAsync(NpgsqlConnection connection, List<object> rows) =>
        connection.ExecuteAsync(
            """
            insert into responses (id, audit_run_id, question_id, platform, sample, response_text, raw_response, brand_mentions,
                                   citations, response_metadata, model, is_simulated, input_tokens, output_tokens, processing_time_ms, cost_usd)
            values (@id, @run, @question, @platform, @sample, @text, '{}'::jsonb, @mentions::jsonb, @citations::jsonb, @metadata::jsonb,
                    @platform || '-model', false, 100, 400, @ms, @cost)
            """,
            rows);
}
