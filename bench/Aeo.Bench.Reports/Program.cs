using System.Diagnostics;
using System.Globalization;
using System.Text;
using Aeo.Api.Audits;
using Aeo.Api.Reports;
using Aeo.Bench.Reports;
using Aeo.Storage.Hosting;
using Aeo.Storage.Migrations;
using Aeo.Storage.Postgres;
using Aeo.Storage.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

// Report rendering from the tables of a managed PostgreSQL: the HTML page (build the report from the tables, then
// render it) and the responses CSV (stream every row to a discarding stream), for runs of 600 and 6,000 answers.
// Prints the median and best of the repetitions, what each allocated, and the output's size (for the figures row: the
// answers counted). The HTML row includes the figures of the previous run, which the changes section compares with.
const int repeats = 7;
var sizes = new[] { (Questions: 50, Samples: 3), (Questions: 500, Samples: 3) };

var directory = Path.Combine(Path.GetTempPath(), "aeo-bench-reports-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
Directory.CreateDirectory(directory);
await using var postgres = await ManagedPostgresServer.StartAsync(
    new ManagedPostgresOptions { DataDirectory = directory, Database = "aeo_bench_reports" }, NullLogger.Instance, CancellationToken.None);
await MigrationRunner.ApplyAsync(postgres.ConnectionString, NullLogger.Instance, CancellationToken.None);

var services = new ServiceCollection().AddAeoStorage(postgres.ConnectionString).AddSingleton<AuditFigures>().AddRunReports().BuildServiceProvider();
var runs = services.GetRequiredService<AuditRunRepository>();
var reports = services.GetRequiredService<ReportRepository>();
var builder = services.GetRequiredService<RunReportBuilder>();
var clientId = Guid.CreateVersion7();
await services.GetRequiredService<ClientRepository>().CreateAsync(
    new ClientRecord(clientId, "bench", "CRM", SyntheticRun.Brand, SyntheticRun.Competitors, DateTimeOffset.UtcNow), Guid.NewGuid().ToByteArray(),
    CancellationToken.None);

Console.WriteLine($"load average at start: {LoadAverage()}");
Console.WriteLine("| answers | format | median ms | best ms | allocated MB | output KB |");
Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: |");
foreach (var (questions, samples) in sizes)
{
    var runId = await SyntheticRun.WriteAsync(postgres.ConnectionString, runs, clientId, questions, samples);
    var run = (await runs.GetAsync(runId, CancellationToken.None))!;
    var spec = (await runs.GetSpecAsync(runId, CancellationToken.None))!;
    var answers = run.TotalWorkItems;

    await Measure(answers, "html", async () =>
    {
        var report = await builder.BuildAsync(run, CancellationToken.None);
        return Encoding.UTF8.GetByteCount(HtmlReportWriter.Render(report!));
    });
    var figures = services.GetRequiredService<AuditFigures>();
    await Measure(answers, "html: of it, the figures", async () =>
    {
        var (calculated, _) = (await figures.CalculateAsync(run, CancellationToken.None))!.Value;
        return calculated.AnsweredCount;
    });
    var built = (await builder.BuildAsync(run, CancellationToken.None))!;
    await Measure(answers, "html: of it, rendering", () => Task.FromResult((long)Encoding.UTF8.GetByteCount(HtmlReportWriter.Render(built))));
    await Measure(answers, "csv", async () =>
    {
        var counting = new CountingStream();
        await using (var writer = new StreamWriter(counting, new UTF8Encoding(false), 64 * 1024))
        {
            await CsvReportWriter.WriteResponsesAsync(writer, runId, spec, reports.StreamAnswersAsync(runId, CancellationToken.None), CancellationToken.None);
        }
        return counting.Length;
    });
}
Console.WriteLine($"load average at end: {LoadAverage()}");
return;

static async Task Measure(int answers, string format, Func<Task<long>> render)
{
    await render();
    var times = new List<double>();
    long allocated = 0;
    long size = 0;
    for (var i = 0; i < repeats; i++)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        size = await render();
        times.Add(watch.Elapsed.TotalMilliseconds);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    }
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {answers:#,0} | {format} | {times[times.Count / 2]:0} | {times[0]:0} | {allocated / 1048576.0:0.0} | {size / 1024.0:#,0} |"));
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
