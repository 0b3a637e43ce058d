using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Aeo.Analysis.Citations;
using Aeo.Api.Changes;
using Aeo.Api.Reports;
using Aeo.Bench.Reports;
using Aeo.Storage.Hosting;
using Aeo.Storage.Migrations;
using Aeo.Storage.Postgres;
using Aeo.Storage.Repositories;
using Aeo.Storage.Trends;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Report rendering from the tables of a managed PostgreSQL: the HTML page (build the report from the tables, then
// render it) and the responses CSV (stream every row to a discarding stream), for runs of 600 and 6,000 answers. Each
// size has two ended runs asking the same questions a week apart, their figures stored as a run stores them when it
// ends, so the later run's report has changes to test. Prints the median and best of the repetitions, what each
// allocated, the most the managed heap grew while it ran (CSV: whether rows are held), and the output's size. The rows
// under "html" time the steps the builder takes, one by one, to show where its time goes; "changes tested again" is
// what every report did before a run's end stored its change families. Then the real host's web run page of the
// 6,000-answer run (signed in through the form, request to last byte).
const int repeats = 7;
var reportJson = new JsonSerializerOptions(JsonSerializerDefaults.Web);
var sizes = new[] { (Questions: 50, Samples: 3), (Questions: 500, Samples: 3) };

var directory = Path.Combine(Path.GetTempPath(), "aeo-bench-reports-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(directory);
await using var postgres = await ManagedPostgresServer.StartAsync(
    new ManagedPostgresOptions { DataDirectory = directory, Database = "aeo_bench_reports" }, NullLogger.Instance, CancellationToken.None);
await MigrationRunner.ApplyAsync(postgres.ConnectionString, NullLogger.Instance, CancellationToken.None);

var services = new ServiceCollection()
    .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
    .AddAeoStorage(postgres.ConnectionString)
    .AddRunChanges()
    .AddRunReports()
    .BuildServiceProvider();
var runs = services.GetRequiredService<AuditRunRepository>();
var reports = services.GetRequiredService<ReportRepository>();
var builder = services.GetRequiredService<RunReportBuilder>();
var storedFigures = services.GetRequiredService<RunFiguresRepository>();
var observations = services.GetRequiredService<AnswerObservations>();
var recorder = services.GetRequiredService<RunFiguresRecorder>();
var responses = services.GetRequiredService<ResponseRepository>();
var changes = services.GetRequiredService<ReportRunChanges>();
var finder = services.GetRequiredService<RunChangeFinder>();
Guid? largestRun = null;

Console.WriteLine($"load average at start: {LoadAverage()}");
Console.WriteLine("| answers | format | median ms | best ms | allocated MB | heap growth MB | output KB |");
Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var (questions, samples) in sizes)
{
    var clientId = Guid.CreateVersion7();
    await services.GetRequiredService<ClientRepository>().CreateAsync(
        new ClientRecord(clientId, "bench " + questions, "CRM", SyntheticRun.Brand, SyntheticRun.Competitors, DateTimeOffset.UtcNow),
        Guid.NewGuid().ToByteArray(), CancellationToken.None);
    var week = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    var previousId = await SyntheticRun.WriteAsync(postgres.ConnectionString, runs, clientId, questions, samples, week, seed: questions + 1);
    var runId = await SyntheticRun.WriteAsync(postgres.ConnectionString, runs, clientId, questions, samples, week.AddDays(7), seed: questions);
    var spec = (await runs.GetSpecAsync(runId, CancellationToken.None))!;
    foreach (var ended in new[] { previousId, runId })
    {
        // What the run's end stores (RunFinalizer): the figures computed from every answer.
        var answers = new RunAnswers(spec, await responses.AnalyzedAnswersAsync(ended, CancellationToken.None));
        await recorder.RecordAsync(
            ended, spec, answers.Figures(plannedCount: null), answers.Answers.Select(a => new ObservedAnswer(a.QuestionId, a.Observation())).ToList(),
            CancellationToken.None);
    }
    var run = (await runs.GetAsync(runId, CancellationToken.None))!;
    var answered = run.TotalWorkItems;
    largestRun = runId;
    foreach (var ended in new[] { previousId, runId })
    {
        // What the run's end stores with it (RunEndEvents): its change families in every segment.
        var endedRun = (await runs.GetAsync(ended, CancellationToken.None))!;
        var endedAt = endedRun.CompletedAt ?? endedRun.CreatedAt;
        var families = await finder.ForAsync(ended, clientId, endedAt, RunChangeStore.Segments, 0.05, CancellationToken.None);
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        foreach (var (segment, family) in RunChangeStore.Segments.Zip(families))
        {
            await RunChangeStore.SaveAsync(connection, tx, ended, new StoredChangeFamily(RunChangeStore.SegmentOf(segment), endedAt, family), CancellationToken.None);
        }
        await tx.CommitAsync();
    }

    await Measure(answered, "html", async () =>
    {
        var report = await builder.BuildAsync(run, CancellationToken.None);
        return Encoding.UTF8.GetByteCount(HtmlReportWriter.Render(report!));
    });
    await Measure(answered, "json", async () =>
    {
        var report = await builder.BuildAsync(run, CancellationToken.None);
        return JsonSerializer.SerializeToUtf8Bytes(report, reportJson).Length;
    });
    await Measure(answered, "html: stored figures", async () =>
        (await storedFigures.FiguresAsync(runId, CancellationToken.None))!.Estimates.Count);
    await Measure(answered, "html: sources (SQL aggregate)", async () =>
    {
        var cited = await reports.CitedSourcesAsync(runId, CancellationToken.None);
        return CitationShare.ByDomain(cited, spec.TrackedBrands.Select(b => new TrackedDomainOwner(b.Name, b.Domains)).ToArray()).TotalCited;
    });
    await Measure(answered, "html: changes (stored family)", async () =>
        (await changes.SincePreviousAsync(run, CancellationToken.None))?.Tested ?? 0);
    await Measure(answered, "changes tested again (RunChangeFinder, as before)", async () =>
        (await finder.ForAsync(runId, clientId, run.CompletedAt ?? run.CreatedAt, "non_branded", 0.05, CancellationToken.None)).Changes.Count);
    await Measure(answered, "run end: families of 3 segments tested", async () =>
        (await finder.ForAsync(runId, clientId, run.CompletedAt ?? run.CreatedAt, RunChangeStore.Segments, 0.05, CancellationToken.None)).Count);
    await Measure(answered, "html: of the changes, one run's stored observations", async () =>
        (await observations.StoredAsync(runId, CancellationToken.None))!.Count);
    await Measure(answered, "html: sample answers", async () =>
        (await reports.SampleAnswersAsync(runId, RunReportBuilder.SampleAnswersPerPlatform, CancellationToken.None)).Count);
    await Measure(answered, "html: platforms, models, questions", async () =>
        (await responses.AggregateAsync(runId, CancellationToken.None)).Count
        + (await reports.ModelsAsync(runId, CancellationToken.None)).Count
        + (await services.GetRequiredService<QuestionRepository>().ListAsync(runId, CancellationToken.None)).Count);
    var built = (await builder.BuildAsync(run, CancellationToken.None))!;
    await Measure(answered, "html: rendering", () => Task.FromResult((long)Encoding.UTF8.GetByteCount(HtmlReportWriter.Render(built))));
    await Measure(answered, "partial run: figures from the responses", async () =>
        RunFiguresSource.Compute(spec, await observations.FromResponsesAsync(runId, CancellationToken.None)).AnsweredCount);
    await Measure(answered, "figures from whole answers (as before)", async () =>
        new RunAnswers(spec, await responses.AnalyzedAnswersAsync(runId, CancellationToken.None)).Figures(plannedCount: null).AnsweredCount);
    await Measure(answered, "csv", async () =>
    {
        var counting = new CountingStream();
        await using (var writer = new StreamWriter(counting, new UTF8Encoding(false), 64 * 1024))
        {
            await CsvReportWriter.WriteResponsesAsync(writer, runId, spec, reports.StreamAnswersAsync(runId, CancellationToken.None), CancellationToken.None);
        }
        return counting.Length;
    });
}
await using (var host = await RunPageHost.StartAsync(postgres.ConnectionString))
{
    var largest = (await runs.GetAsync(largestRun!.Value, CancellationToken.None))!;
    await host.StoreEndedStateAsync(largest, (await runs.GetSpecAsync(largest.Id, CancellationToken.None))!);
    await Measure(largest.TotalWorkItems, "web run page (real host, HTTP)", () => host.GetRunPageAsync(largest.Id));
}
Console.WriteLine($"load average at end: {LoadAverage()}");
return;

static async Task Measure(int answers, string what, Func<Task<long>> render)
{
    await render();
    var times = new List<double>();
    long allocated = 0;
    long growth = 0;
    long size = 0;
    for (var i = 0; i < repeats; i++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var sampler = new HeapSampler();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        size = await render();
        times.Add(watch.Elapsed.TotalMilliseconds);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        growth = Math.Max(growth, sampler.Peak - heapBefore);
    }
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {answers:#,0} | {what} | {times[times.Count / 2]:0} | {times[0]:0} | {allocated / 1048576.0:0.0} | {Math.Max(0, growth) / 1048576.0:0.0} | {size / 1024.0:#,0} |"));
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
