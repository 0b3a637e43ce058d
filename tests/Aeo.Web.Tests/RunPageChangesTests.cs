using Aeo.Storage.Repositories;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Web.Tests;

/// <summary>
/// The run page's changes since the previous run are the family the run stored when it ended, as the changes endpoint
/// and the report give it; a run without one stored has it tested and stored by its first page view.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RunPageChangesTests(WebServer server)
{
    [Fact]
    public async Task The_run_page_shows_the_stored_family_the_endpoint_and_report_give()
    {
        var (_, key) = await server.CreateClientAsync("Stored Changes");
        var first = await server.RunAuditAsync(key, ["sim-a"], questions: 6);
        var second = await server.RunAuditAsync(key, ["sim-a"], questions: 6);
        Assert.Equal(3, await CountAsync("select count(*) from run_changes where run_id = @run and baseline_run_id = @first", second, first));
        var storedAt = await StoredAtAsync(second);

        using var api = server.Api(key);
        var endpoint = JsonNode.Parse(await api.GetStringAsync($"/api/v1/audits/{second}/changes"))!;
        var report = JsonNode.Parse(await api.GetStringAsync($"/api/v1/audits/{second}/report?format=json"))!["changes"]!;
        Assert.True(JsonNode.DeepEquals(endpoint["changes"], report["changes"]));
        Assert.True(endpoint["tested"]!.GetValue<int>() > 0);

        using var browser = new WebBrowserSession(server);
        await browser.SignInAsync(key);
        var shown = await ChangesSectionAsync(browser, second);
        Assert.Equal($"/runs/{first}", shown.Baseline);
        Assert.Equal(Significant(endpoint), shown.Significant);
        // Read, not tested again: the row the run's end wrote is the one still there.
        Assert.Equal(storedAt, await StoredAtAsync(second));

        // A run that ended before families were stored: its first page view tests it and stores it, and shows the same.
        await ExecuteAsync("delete from run_changes where run_id = @run", second);
        var backfilled = await ChangesSectionAsync(browser, second);
        Assert.Equal(shown.Baseline, backfilled.Baseline);
        Assert.Equal(shown.Significant, backfilled.Significant);
        Assert.Equal(1, await CountAsync("select count(*) from run_changes where run_id = @run and baseline_run_id = @first", second, first));
    }

    private static async Task<(string? Baseline, List<string> Significant)> ChangesSectionAsync(WebBrowserSession browser, Guid run)
    {
        var (response, page) = await browser.GetAsync($"/runs/{run}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var section = page.QuerySelector("section[aria-labelledby=changes-heading]")!;
        var listed = section.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        return (section.QuerySelector("a")?.GetAttribute("href"), listed.Select(text => text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToList());
    }

    private static List<string> Significant(JsonNode endpoint) =>
        endpoint["changes"]!.AsArray().Where(c => c!["significant"]!.GetValue<bool>()).Select(c => c!["sentence"]!.GetValue<string>()).ToList();

    private async Task<long> CountAsync(string sql, Guid run, Guid first)
    {
        await using var connection = await server.Services.GetRequiredService<AeoDatabase>().DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { run, first });
    }

    private async Task<DateTime> StoredAtAsync(Guid run)
    {
        await using var connection = await server.Services.GetRequiredService<AeoDatabase>().DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<DateTime>("select stored_at from run_changes where run_id = @run and segment = 'non_branded'", new { run });
    }

    private async Task ExecuteAsync(string sql, Guid run)
    {
        await using var connection = await server.Services.GetRequiredService<AeoDatabase>().DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, new { run });
    }
}
