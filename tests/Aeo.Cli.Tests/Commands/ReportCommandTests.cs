namespace Aeo.Cli.Tests.Commands;

/// <summary><c>aeo report</c> against the real API: to a file (never over one without --force), to standard output, and refused while the run goes on.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReportCommandTests(ApiServer server) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("aeo-report-").FullName;

    [Fact]
    public async Task Html_goes_to_the_file_and_an_existing_file_is_kept_without_force()
    {
        var (key, runId) = await EndedRunAsync("Report File");
        var file = Path.Combine(folder, "report.html");
        using var cli = new CliRun();

        Assert.Equal(0, await cli.RunAsync(server.Against(key, "report", runId, "-o", file)));
        Assert.Contains($"Wrote {file} (", cli.Output);
        var page = await File.ReadAllTextAsync(file);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Report File", page);
        Assert.Empty(Directory.GetFiles(folder, "*.part-*"));

        await File.WriteAllTextAsync(file, "keep me");
        using var again = new CliRun();
        Assert.Equal(1, await again.RunAsync(server.Against(key, "report", runId, "-o", file)));
        Assert.Contains("--force", again.ErrorOutput);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file));

        Assert.Equal(0, await again.RunAsync(server.Against(key, "report", runId, "--format", "csv", "--table", "questions", "-o", file, "--force")));
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("run_id,question_ordinal,question", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Dash_streams_the_report_to_standard_output()
    {
        var (key, runId) = await EndedRunAsync("Report Stdout");
        using var http = server.Client(key);

        using var csv = new CliRun();
        Assert.Equal(0, await csv.RunAsync(server.Against(key, "report", runId, "--format", "csv", "--table", "sources", "-o", "-")));
        var served = await http.GetStringAsync($"/api/v1/audits/{runId}/report?format=csv&table=sources");
        Assert.Equal(served.TrimStart('\uFEFF'), csv.RawOut.ToString());
        Assert.StartsWith("run_id,question_ordinal,platform", csv.RawOut.ToString());
        Assert.Equal("", csv.Output);

        using var json = new CliRun();
        Assert.Equal(0, await json.RunAsync(server.Against(key, "report", runId, "--format", "json", "-o", "-")));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await http.GetStringAsync($"/api/v1/audits/{runId}/report?format=json")), JsonNode.Parse(json.RawOut.ToString())));
    }

    [Fact]
    public async Task A_running_run_is_2_with_the_409_and_writes_nothing_unless_partial()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Report Running");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "slow" }, maxQuestions = 10 });
        var runId = (await started.ReadAsync())["id"]!.GetValue<string>();
        var file = Path.Combine(folder, "running.html");
        using var cli = new CliRun();

        Assert.Equal(2, await cli.RunAsync(server.Against(key, "report", runId, "-o", file)));
        Assert.Contains("409", cli.ErrorOutput);
        Assert.Contains("partial=true", cli.ErrorOutput);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(folder));

        Assert.Equal(0, await cli.RunAsync(server.Against(key, "report", runId, "--partial", "-o", file)));
        Assert.True(File.Exists(file));
        await http.PostAsync($"/api/v1/audits/{runId}/cancel", null);
    }

    [Fact]
    public async Task Bad_options_are_refused_before_or_by_the_server()
    {
        var (key, runId) = await EndedRunAsync("Report Options");
        using var cli = new CliRun();

        Assert.Equal(1, await cli.RunAsync(server.Against(key, "report", runId, "--format", "pdf", "-o", "-")));
        Assert.Equal(1, await cli.RunAsync(server.Against(key, "report", runId)));
        Assert.Equal(2, await cli.RunAsync(server.Against(key, "report", runId, "--table", "sources", "-o", "-")));
        Assert.Contains("table:", cli.ErrorOutput);
        Assert.Equal(2, await cli.RunAsync(server.Against(key, "report", Guid.NewGuid().ToString(), "-o", "-")));
        Assert.Contains("404", cli.ErrorOutput);
    }

    private async Task<(string Key, string RunId)> EndedRunAsync(string brand)
    {
        var (_, key) = await TestClients.CreateAsync(server, brand);
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a" }, maxQuestions = 2 });
        var run = await Runs.WaitUntilEndedAsync(http, started.Headers.Location!.ToString());
        return (key, run["id"]!.GetValue<string>());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
