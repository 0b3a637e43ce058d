using Aeo.Abstractions.Audits;
using Aeo.Analysis.Answers.Reports;

namespace Aeo.Storage.Tests.Repositories;

/// <summary>
/// The jsonb documents keep the shape earlier versions wrote: rows they left behind read back as typed records, and
/// what this version writes is the same document (plus each sentiment's mixed flag and each mention's prominence and
/// visibility flags), so the SQL that reads inside them keeps working.
/// </summary>
public sealed class StoredFormatTests
{
    // The documents exactly as earlier versions wrote them (serialised with web casing from the same values).
    private const string OldMentions = """
        [{"brand":"Acme CRM","count":2,"rank":1,"listPosition":1,"firstOffset":3,"confidence":0.95,
          "sentiment":{"score":0.6,"label":"positive","confidence":0.8,"source":"lexicon"},
          "positions":[{"start":3,"length":8,"text":"Acme CRM","term":"name","confidence":0.95,
                        "sentiment":{"score":0.6,"label":"positive","confidence":0.8,"source":"lexicon"}},
                       {"start":40,"length":4,"text":"Acme","term":"alias","confidence":0.7,
                        "sentiment":{"score":0,"label":"neutral","confidence":0.5,"source":"lexicon"}}],
          "contexts":["1. Acme CRM suits agencies."]}]
        """;

    // What this version writes for the same answer: every sentiment also carries its mixed flag, and each mention its
    // prominence (none given here) and the two flags that keep it out of visibility.
    private static readonly string CurrentMentions = OldMentions
        .Replace("\"label\":", "\"mixed\":false,\"label\":", StringComparison.Ordinal)
        .Replace("\"contexts\":[\"1. Acme CRM suits agencies.\"]}", "\"contexts\":[\"1. Acme CRM suits agencies.\"],\"prominence\":null,\"unknownToEngine\":false,\"echoOrDisclaimerOnly\":false}", StringComparison.Ordinal);

    // A mention as versions before the three-label sentiment wrote it, with "mixed" as a label of its own.
    private const string MixedLabelMentions = """
        [{"brand":"Acme CRM","count":1,"rank":1,"listPosition":null,"firstOffset":0,"confidence":1.0,
          "sentiment":{"score":0.05,"label":"mixed","confidence":0.4,"source":"lexicon"},
          "positions":[{"start":0,"length":8,"text":"Acme CRM","term":"name","confidence":1.0,
                        "sentiment":{"score":0.05,"label":"mixed","confidence":0.4,"source":"lexicon"}}],
          "contexts":["Acme CRM is powerful but pricey."]}]
        """;

    private const string OldCitations = """
        [{"url":"https://acme.example/pricing","title":"Pricing","kind":"cited","position":1,"domain":"acme.example","registrableDomain":"acme.example"},
         {"url":"https://blog.rival.example/crm","title":null,"kind":"retrieved","position":2,"domain":"blog.rival.example","registrableDomain":"rival.example"}]
        """;

    private const string OldMetadata = """
        {"latencyMs":120,"simulated":true,"brandCitations":[{"brand":"Acme CRM","status":"cited","citedCount":1,"retrievedCount":0},
                                                           {"brand":"Rival","status":"retrieved_only","citedCount":0,"retrievedCount":1}]}
        """;

    private const string OldProgress = """
        [{"platform":"openai","isSimulated":false,"total":10,"processed":6,"failed":1,"lastError":"rate limited","progressPercent":70}]
        """;

    private const string OldStats = """
        [{"platform":"openai","isSimulated":false,"totalQueries":10,"successfulQueries":9,"failedQueries":1,"avgProcessingTimeMs":800,
          "totalTokens":12345,"responsesMentioningBrand":4,"brandMentionRate":0.4444,"costUsd":0.0123,"unknownCostAnswers":2}]
        """;

    private const string OldPayload = """{"question":"Which CRM suits an agency?","platform":"openai","sample":1,"ordinal":7}""";

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_response_row_in_the_old_format_reads_back_typed_for_the_listing_and_the_figures()
    {
        await using var run = await StoredRun.CreateAsync();
        var question = run.Questions[0];
        await using (var connection = await run.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                insert into responses (id, audit_run_id, question_id, platform, sample, response_text, raw_response, brand_mentions,
                                       citations, response_metadata, model, is_simulated, input_tokens, output_tokens, processing_time_ms)
                values (@id, @runId, @questionId, 'openai', 0, '1. Acme CRM suits agencies.', '{}', @mentions::jsonb,
                        @citations::jsonb, @metadata::jsonb, 'gpt-test', true, 10, 20, 150)
                """,
                new { id = Guid.NewGuid(), runId = run.RunId, questionId = question.Id, mentions = OldMentions, citations = OldCitations, metadata = OldMetadata });
        }

        var listed = Assert.Single((await run.Responses.PageAsync(run.RunId, null, 0, 10, None)).Items);
        var mention = Assert.Single(listed.Mentions);
        Assert.Equal((StoredRun.Client, 2, 1, 1, 3, 0.95), (mention.Brand, mention.Count, mention.Rank, mention.ListPosition, mention.FirstOffset, mention.Confidence));
        Assert.Equal(new SentimentReport(0.6, "positive", 0.8, "lexicon"), mention.Sentiment);
        Assert.Equal(
            [(3, 8, "Acme CRM", "name", 0.95, 0.6), (40, 4, "Acme", "alias", 0.7, 0.0)],
            mention.Positions.Select(p => (p.Start, p.Length, p.Text, p.Term, p.Confidence, p.Sentiment.Score)));
        Assert.Equal(["1. Acme CRM suits agencies."], mention.Contexts);
        Assert.Equal(
            [
                new CitationReport("https://acme.example/pricing", "Pricing", "cited", 1, "acme.example", "acme.example"),
                new CitationReport("https://blog.rival.example/crm", null, "retrieved", 2, "blog.rival.example", "rival.example"),
            ],
            listed.Citations);

        var answers = await run.Responses.AnalyzedAnswersAsync(run.RunId, None);
        var answer = Assert.Single(answers);
        Assert.Equal((question.Id, "pricing", question.Type, "openai", 0), (answer.QuestionId, answer.Category, answer.QuestionType, answer.Platform, answer.Sample));
        var figures = new RunAnswers(run.Spec, answers).Figures(plannedCount: 4);
        var client = figures.ByPlatform["openai"].Brands[StoredRun.Client];
        Assert.Equal((1.0, 1.0), (client.MentionRate.Numerator, client.MentionRate.Denominator));
        Assert.Equal(0.6, client.Sentiment.Value);
        Assert.Equal(1.0, client.CitationRate.Value);
        var rival = figures.ByPlatform["openai"].Brands[StoredRun.Rival];
        Assert.Equal((0.0, 1.0, 1.0), (rival.MentionRate.Numerator, rival.CitationRate.Denominator, rival.RetrievedNotCitedRate.Numerator));
    }

    [Fact]
    public async Task A_stored_mixed_label_reads_back_as_neutral_with_the_mixed_flag()
    {
        await using var run = await StoredRun.CreateAsync();
        await using (var connection = await run.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                insert into responses (id, audit_run_id, question_id, platform, sample, response_text, raw_response, brand_mentions,
                                       citations, response_metadata, model, is_simulated, input_tokens, output_tokens, processing_time_ms)
                values (@id, @runId, @questionId, 'openai', 0, 'Acme CRM is powerful but pricey.', '{}', @mentions::jsonb,
                        '[]'::jsonb, @metadata::jsonb, 'gpt-test', true, 10, 20, 150)
                """,
                new { id = Guid.NewGuid(), runId = run.RunId, questionId = run.Questions[0].Id, mentions = MixedLabelMentions, metadata = OldMetadata });
        }

        var mention = Assert.Single(Assert.Single((await run.Responses.PageAsync(run.RunId, null, 0, 10, None)).Items).Mentions);

        Assert.Equal(new SentimentReport(0.05, "neutral", 0.4, "lexicon", mixed: true), mention.Sentiment);
        Assert.Equal(new SentimentReport(0.05, "neutral", 0.4, "lexicon", mixed: true), Assert.Single(mention.Positions).Sentiment);
    }

    [Fact]
    public async Task The_writer_stores_the_old_documents_once_per_work_item()
    {
        await using var run = await StoredRun.CreateAsync();
        var record = Response(run.RunId, run.Questions[0].Id);

        var first = await run.WriteAsync(record);
        var repeat = await run.WriteAsync(record with { Id = Guid.NewGuid() });
        Assert.Equal([true], first);
        Assert.Equal([false], repeat);

        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        var same = await connection.QuerySingleAsync<(bool Mentions, bool Citations, bool Metadata, string Brand, string Domain, int Latency)>(
            """
            select brand_mentions = @mentions::jsonb, citations = @citations::jsonb, response_metadata = @metadata::jsonb,
                   brand_mentions->0->>'brand', citations->1->>'registrableDomain', (response_metadata->>'latencyMs')::int
            from responses where id = @id
            """,
            new { id = record.Id, mentions = CurrentMentions, citations = OldCitations, metadata = OldMetadata });
        Assert.Equal((true, true, true, StoredRun.Client, "rival.example", 120), same);
        var aggregate = Assert.Single(await run.Responses.AggregateAsync(run.RunId, None));
        Assert.Equal(("openai", true, 1, 0, 150, 30L), (aggregate.Platform, aggregate.IsSimulated, aggregate.Succeeded, aggregate.Failed, aggregate.AvgProcessingTimeMs, aggregate.TotalTokens));
    }

    [Fact]
    public async Task Progress_and_stats_are_stored_in_the_old_shape_and_stats_left_out_are_kept()
    {
        await using var run = await StoredRun.CreateAsync();
        var platforms = new[] { new PlatformProgress("openai", false, 10, 6, 1, "rate limited") };
        var stats = new[]
        {
            new PlatformRunStats("openai", false, 10, 9, 1, 800, 12345, 4, 0.4444) { CostUsd = 0.0123m, UnknownCostAnswers = 2 },
        };
        var progress = new AuditRunProgress(
            run.RunId, RunStatus.PartiallyCompleted, RunStage.Completed, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 5, 10, 6, 1,
            "rate limited", platforms, stats, RetryCount: 0);

        await run.Runs.UpdateAsync(progress, None);
        await run.Runs.UpdateAsync(progress with { Stats = null }, None);

        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        var same = await connection.QuerySingleAsync<(bool Progress, bool Stats)>(
            "select progress_data = @progress::jsonb, platform_stats = @stats::jsonb from audit_runs where id = @id",
            new { id = run.RunId, progress = OldProgress, stats = OldStats });
        Assert.Equal((true, true), same);
    }

    [Fact]
    public async Task A_dead_letter_keeps_the_old_payload_and_lists_its_question_from_it_when_the_question_row_is_missing()
    {
        await using var run = await StoredRun.CreateAsync();
        var letters = new DeadLetterRepository(run.Database);
        var now = DateTimeOffset.UtcNow;
        var letter = new DeadLetterRecord(
            Guid.NewGuid(), run.RunId, Guid.NewGuid(), "openai", 1, new DeadLetterPayload("Which CRM suits an agency?", "openai", 1, 7),
            "timeout", "timed out", 3, now, now);

        await letters.InsertAsync(letter, None);

        var listed = Assert.Single((await letters.ListAsync(new DeadLetterFilter(null, run.RunId, null, null), 0, 10, None)).Items);
        Assert.Equal("Which CRM suits an agency?", listed.QuestionText);
        await using var connection = await run.Database.DataSource.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<bool>(
            "select payload = @payload::jsonb from dead_letters where id = @id", new { id = letter.Id, payload = OldPayload }));
    }

    /// <summary>The answer the old documents describe, as this version builds it.</summary>
    private static ResponseRecord Response(Guid runId, Guid questionId)
    {
        var lexicon = new SentimentReport(0.6, "positive", 0.8, "lexicon");
        MentionReport[] mentions =
        [
            new(
                StoredRun.Client, 2, 1, 1, 3, 0.95, lexicon,
                [
                    new MentionPositionReport(3, 8, "Acme CRM", "name", 0.95, lexicon),
                    new MentionPositionReport(40, 4, "Acme", "alias", 0.7, new SentimentReport(0, "neutral", 0.5, "lexicon")),
                ],
                ["1. Acme CRM suits agencies."]),
        ];
        CitationReport[] citations =
        [
            new("https://acme.example/pricing", "Pricing", "cited", 1, "acme.example", "acme.example"),
            new("https://blog.rival.example/crm", null, "retrieved", 2, "blog.rival.example", "rival.example"),
        ];
        var metadata = new AnswerMetadata(
            120, true, [new BrandCitationReport(StoredRun.Client, "cited", 1, 0), new BrandCitationReport(StoredRun.Rival, "retrieved_only", 0, 1)]);
        return new ResponseRecord(
            Guid.NewGuid(), runId, questionId, "openai", 0, "1. Acme CRM suits agencies.", """{"id":"resp-1"}""", mentions, citations, metadata,
            "gpt-test", true, 10, 20, 150, 0.001m, "price_table", DateTimeOffset.UtcNow);
    }
}
