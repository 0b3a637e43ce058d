using System.Text.Json;
using Aeo.Analysis.Citations;
using Aeo.Storage.Repositories;
using Aeo.Storage.Trends;
using AngleSharp.Html.Parser;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Api.Tests.Reports;

/// <summary>
/// The run report of real runs (two simulated platforms and a real OpenAI-compatible adapter whose provider injects
/// markup), read back as a browser and a spreadsheet would: HTML through an HTML parser, CSV through a CSV reader.
/// </summary>
public sealed class ReportTests(ReportServer fixture) : IClassFixture<ReportServer>
{
    private static readonly string[] Platforms = ["quick-a", "quick-b", ReportServer.Injector];
    private ApiServer Server => fixture.Api;

    [Fact]
    public async Task The_html_report_shows_every_brand_chart_banner_and_question_escapes_what_providers_wrote_and_is_the_same_twice()
    {
        var (_, key) = await CreateClientAsync(ReportServer.Brand);
        using var http = Server.Client(key);
        var first = await StartAndFinishAsync(http);
        var second = await StartAndFinishAsync(http);

        var html = await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=html", "text/html");
        Assert.Equal(html, await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=html", "text/html"));
        Assert.Equal(html, await GetOkAsync(http, $"/api/v1/audits/{second}/report", "text/html"));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img, link, iframe, object, embed"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));

        Assert.Contains("SIMULATED", document.QuerySelector("#simulated")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("#partial"));

        var charts = document.QuerySelectorAll("#headline svg");
        Assert.Equal(2, charts.Length);
        foreach (var chart in charts)
        {
            var labels = chart.QuerySelectorAll("text.label").Select(t => t.TextContent).ToList();
            Assert.Equal([ReportServer.Brand, "HubSpot", ReportServer.FormulaBrand], labels);
            Assert.NotEmpty(chart.QuerySelectorAll("circle.value"));
            Assert.NotEmpty(chart.QuerySelectorAll("rect.interval"));
        }
        var matrixBrands = document.QuerySelectorAll("#matrix tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal([ReportServer.Brand, "HubSpot", ReportServer.FormulaBrand, "answers"], matrixBrands);
        Assert.Equal(Platforms.Order(), document.QuerySelectorAll("#run table.platforms tbody tr td:first-child")
            .Select(td => td.TextContent.Replace(" simulated", "", StringComparison.Ordinal)).Order());

        var questions = (await (await http.GetAsync($"/api/v1/audits/{second}/questions?pageSize=100")).ReadAsync())["items"]!.AsArray();
        var listed = document.QuerySelectorAll("#questions li").Select(li => li.TextContent).ToList();
        Assert.Equal(questions.Count, listed.Count);
        Assert.All(questions, q => Assert.Contains(listed, text => text.StartsWith(q!["text"]!.GetValue<string>(), StringComparison.Ordinal)));

        // The provider's markup is text: the script shows as the characters it is, and the answer's marks are the brands'.
        var injected = document.QuerySelectorAll("#answers article.answer")
            .Where(a => a.QuerySelector(".meta")!.TextContent.StartsWith(ReportServer.Injector, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(injected);
        Assert.All(injected, answer =>
        {
            var text = answer.QuerySelector(".text")!;
            Assert.Equal(ReportServer.AnswerText, text.TextContent);
            Assert.Empty(text.QuerySelectorAll("b, script"));
            Assert.Contains(text.QuerySelectorAll("mark"), m => m.TextContent == ReportServer.Brand);
            Assert.Contains(answer.QuerySelectorAll("ul.mentions li"), li => li.TextContent.Contains("sentiment", StringComparison.Ordinal));
        });
        Assert.Contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x>", html, StringComparison.Ordinal);

        var sources = document.QuerySelectorAll("#sources table.own tbody tr td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal([ReportServer.Brand, "HubSpot", ReportServer.FormulaBrand], sources);
        Assert.Contains(document.QuerySelectorAll("#sources table.domains td"), td => td.TextContent == "reportprobe.com");

        // What changed is what /changes reports for the same run: the whole tested family, the same significant ones, each told in its sentence.
        var endpoint = await (await http.GetAsync($"/api/v1/audits/{second}/changes")).ReadAsync();
        Assert.Equal(first, endpoint["baselineRunId"]!.GetValue<Guid>());
        var family = endpoint["changes"]!.AsArray();
        Assert.True(endpoint["tested"]!.GetValue<int>() > 0);
        var reported = JsonNode.Parse(await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=json", "application/json"))!["changes"]!;
        Assert.Equal(first, reported["baselineRunId"]!.GetValue<Guid>());
        Assert.True(JsonNode.DeepEquals(family, reported["changes"]), $"report: {reported["changes"]}\n/changes: {family}");
        Assert.Equal(endpoint["significant"]!.GetValue<int>(), reported["significant"]!.GetValue<int>());
        var changes = document.QuerySelector("#changes")!;
        Assert.Contains(first.ToString(), changes.TextContent, StringComparison.Ordinal);
        Assert.Equal(family.Count(c => c!["platform"] is null), changes.QuerySelectorAll("table.changes tbody tr").Length);
        var significant = family.Where(c => c!["significant"]!.GetValue<bool>()).Select(c => c!["sentence"]!.GetValue<string>()).ToList();
        Assert.Equal(significant, changes.QuerySelectorAll("ul.significant li").Select(li => li.TextContent[(li.TextContent.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
        Assert.Equal(family.Count(c => c!["platform"] is null && c["significant"]!.GetValue<bool>()), changes.QuerySelectorAll("table.changes tbody tr.significant").Length);

        // The first run has no earlier one to compare with.
        var firstHtml = await GetOkAsync(http, $"/api/v1/audits/{first}/report?format=html", "text/html");
        Assert.Empty(new HtmlParser().ParseDocument(firstHtml).QuerySelectorAll("#changes table"));
    }

    [Fact]
    public async Task The_json_report_has_a_schema_version_and_the_same_content_twice()
    {
        var (_, key) = await CreateClientAsync("Report Json");
        using var http = Server.Client(key);
        var run = await StartAndFinishAsync(http);

        var body = await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=json", "application/json");
        Assert.Equal(body, await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=json", "application/json"));
        var report = JsonNode.Parse(body)!;
        Assert.Equal(2, report["schemaVersion"]!.GetValue<int>());
        Assert.True(report["run"]!["simulated"]!.GetValue<bool>());
        Assert.Equal(run, report["run"]!["id"]!.GetValue<Guid>());
        Assert.Equal(["Report Json", "HubSpot", ReportServer.FormulaBrand], report["brands"]!.AsArray().Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal(Platforms, report["platforms"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(["injector-1"], report["platforms"]![2]!["models"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("question_type:non_branded", report["headline"]!["key"]!.GetValue<string>());
        Assert.Null(report["changes"]);
        var answers = report["sampleAnswers"]!.AsArray();
        Assert.All(answers, a => Assert.True(a!["mentions"]!.AsArray().All(m => m!["positions"]!.AsArray().Count > 0)));
        Assert.Equal(6, report["questions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_report_from_the_figures_stored_at_the_runs_end_is_the_one_computed_from_its_answers()
    {
        var (_, key) = await CreateClientAsync("Report Stored");
        using var http = Server.Client(key);
        var run = await StartAndFinishAsync(http);
        Assert.True(await Server.CountAsync("select count(*) from run_segments where run_id = @p", run) > 0);
        Assert.Equal(0, await Server.CountAsync("select count(*) from run_figures where run_id = @p and brand_position is null", run));

        // The stored figures, rebuilt, are the figures computed from every whole answer: every value, in the same order; the
        // sources counted by the database are those counted answer by answer.
        var spec = (await Server.Services.GetRequiredService<AuditRunRepository>().GetSpecAsync(run, CancellationToken.None))!;
        var whole = new RunAnswers(spec, await Server.Services.GetRequiredService<ResponseRepository>().AnalyzedAnswersAsync(run, CancellationToken.None));
        var (computed, computedSources) = (whole.Figures(plannedCount: null), whole.Sources());
        var stored = (await Server.Services.GetRequiredService<RunFiguresRepository>().FiguresAsync(run, CancellationToken.None))!;
        Assert.Equal(JsonSerializer.Serialize(computed), JsonSerializer.Serialize(stored.ToRunFigures(plannedCount: null)));
        var counted = CitationShare.ByDomain(
            await Server.Services.GetRequiredService<ReportRepository>().CitedSourcesAsync(run, CancellationToken.None),
            spec.TrackedBrands.Select(b => new TrackedDomainOwner(b.Name, b.Domains)).ToArray());
        Assert.NotEmpty(counted.Domains);
        Assert.Equal(JsonSerializer.Serialize(computedSources), JsonSerializer.Serialize(counted));

        // The observations stored beside the figures are the ones read from the responses.
        var observations = Server.Services.GetRequiredService<AnswerObservations>();
        var storedObservations = await observations.StoredAsync(run, CancellationToken.None);
        Assert.NotNull(storedObservations);
        Assert.NotEmpty(storedObservations);
        Assert.Equal(
            JsonSerializer.Serialize(await observations.FromResponsesAsync(run, CancellationToken.None)), JsonSerializer.Serialize(storedObservations));

        var html = await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=html", "text/html");
        var json = await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=json", "application/json");

        // Figures stored before their segments were: the report computes them from the answers, the same bytes, and stores them.
        await Server.ScalarAsync("delete from run_segments where run_id = @p", run);
        Assert.Equal(html, await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=html", "text/html"));
        Assert.Equal(json, await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=json", "application/json"));
        Assert.True(await Server.CountAsync("select count(*) from run_segments where run_id = @p", run) > 0);
    }

    [Fact]
    public async Task The_csv_tables_parse_back_agree_with_the_responses_and_neutralise_formulas()
    {
        var (_, key) = await CreateClientAsync("Report Csv");
        using var http = Server.Client(key);
        var run = await StartAndFinishAsync(http);

        var response = await http.GetAsync($"/api/v1/audits/{run}/report?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal(csv, await (await http.GetAsync($"/api/v1/audits/{run}/report?format=csv")).Content.ReadAsStringAsync());
        var rows = ReadCsv(csv);

        var stored = (await (await http.GetAsync($"/api/v1/audits/{run}/responses?pageSize=100")).ReadAsync())["items"]!.AsArray();
        Assert.Equal(Platforms.Length * 6, stored.Count);
        Assert.Equal(stored.Count * 3, rows.Count);
        Assert.All(rows, r => Assert.Equal(run.ToString(), r["run_id"]));
        foreach (var answer in stored)
        {
            var ordinal = answer!["questionOrdinal"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
            var platform = answer["platform"]!.GetValue<string>();
            var sample = answer["sample"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
            var ofAnswer = rows.Where(r => r["question_ordinal"] == ordinal && r["platform"] == platform && r["sample"] == sample).ToList();
            Assert.Equal(["Report Csv", "HubSpot", "'" + ReportServer.FormulaBrand], ofAnswer.Select(r => r["brand"]));
            foreach (var row in ofAnswer)
            {
                var brand = row["brand"].TrimStart('\'');
                var mention = answer["mentions"]!.AsArray().FirstOrDefault(m => m!["brand"]!.GetValue<string>() == brand);
                Assert.Equal(mention is null ? "false" : "true", row["mentioned"]);
                Assert.Equal((mention?["count"]?.GetValue<int>() ?? 0).ToString(CultureInfo.InvariantCulture), row["mention_count"]);
                Assert.Equal(mention?["rank"]?.GetValue<int>().ToString(CultureInfo.InvariantCulture) ?? "", row["rank"]);
                Assert.Equal(mention?["sentiment"]?["label"]?.GetValue<string>() ?? "", row["sentiment_label"]);
                Assert.Equal(answer["model"]!.GetValue<string>(), row["model"]);
                Assert.Equal(answer["simulated"]!.GetValue<bool>() ? "true" : "false", row["simulated"]);
                Assert.Equal(answer["processingTimeMs"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row["latency_ms"]);
            }
        }
        Assert.Contains(rows, r => r["platform"] == ReportServer.Injector && r["brand"] == "Report Csv" && r["citation_status"] == "cited");

        var sources = ReadCsv(await (await http.GetAsync($"/api/v1/audits/{run}/report?format=csv&table=sources")).Content.ReadAsStringAsync());
        var citations = await Server.CountAsync("select count(*) from responses r, jsonb_array_elements(r.citations) c where r.audit_run_id = @p", run);
        Assert.Equal(citations, sources.Count);
        Assert.Contains(sources, s => s["url"] == "https://reportprobe.com/pricing" && s["brand"] == "Report Csv" && s["kind"] == "cited");

        var questions = ReadCsv(await (await http.GetAsync($"/api/v1/audits/{run}/report?format=csv&table=questions")).Content.ReadAsStringAsync());
        Assert.Equal(6, questions.Count);
    }

    [Fact]
    public async Task A_running_run_is_a_conflict_unless_partial_another_clients_is_not_found_and_bad_parameters_name_the_field()
    {
        var (_, key) = await CreateClientAsync("Report Running");
        var (_, otherKey) = await CreateClientAsync("Report Other");
        using var http = Server.Client(key);
        using var other = Server.Client(otherKey);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 20, samplesPerQuestion = 1 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = (await started.ReadAsync())["id"]!.GetValue<Guid>();
        try
        {
            Assert.Equal(HttpStatusCode.Conflict, (await http.GetAsync($"/api/v1/audits/{run}/report?format=html")).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await http.GetAsync($"/api/v1/audits/{run}/report?format=csv")).StatusCode);
            var partial = await GetOkAsync(http, $"/api/v1/audits/{run}/report?format=html&partial=true", "text/html");
            Assert.Contains("PARTIAL", new HtmlParser().ParseDocument(partial).QuerySelector("#partial")!.TextContent, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/audits/{run}/report?format=html&partial=true")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/audits/{Guid.NewGuid()}/report")).StatusCode);
            using var @operator = Server.Client(ApiServer.OperatorKey);
            await GetOkAsync(@operator, $"/api/v1/audits/{run}/report?format=json&partial=true", "application/json");

            await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{run}/report?format=pdf"), "format");
            await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{run}/report?format=html&table=sources"), "table");
            await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{run}/report?format=csv&table=answers"), "table");
            await ProblemAssert.ValidationProblemAsync(await http.GetAsync($"/api/v1/audits/{run}/report?partial=maybe"), "partial");
        }
        finally
        {
            await http.PostAsync($"/api/v1/audits/{run}/cancel", null);
        }
    }

    private async Task<(Guid Id, string Key)> CreateClientAsync(string brand)
    {
        using var http = Server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/clients", ReportServer.ClientBody(brand));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.ReadAsync();
        return (json["id"]!.GetValue<Guid>(), json["apiKey"]!.GetValue<string>());
    }

    private static async Task<Guid> StartAndFinishAsync(HttpClient http)
    {
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = Platforms, maxQuestions = 6, samplesPerQuestion = 1 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        return run["id"]!.GetValue<Guid>();
    }

    private static async Task<string> GetOkAsync(HttpClient http, string url, string mediaType)
    {
        var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, null);
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => reader.GetString(h)));
        }
        return rows;
    }
}
