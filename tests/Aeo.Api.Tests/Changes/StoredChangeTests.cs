using System.Text.Json;
using Aeo.Analysis.Questions;
using Aeo.Storage.Repositories;
using Aeo.Storage.Trends;
using Microsoft.Extensions.DependencyInjection;

namespace Aeo.Api.Tests.Changes;

/// <summary>
/// A run's tested change families are stored when it ends, in every segment, and what reads them (the changes endpoint,
/// the report) answers from the stored rows exactly what testing again answers. Two runs of one client across a restart
/// that made quick-a stop naming HubSpot, so the later run has significant changes and noise.
/// </summary>
public sealed class StoredChangeTests : IAsyncLifetime
{
    private static readonly string[] Segments = ["non_branded", "branded", "all"];
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private ApiServer api = null!;
    private string key = "";
    private Guid first;
    private Guid second;

    public async Task InitializeAsync() => (api, key, first, second) = await ShiftedRunPair.StartAsync("Stored Change Probe");

    public Task DisposeAsync() => api.DisposeAsync();

    [Fact]
    public async Task The_family_stored_at_the_end_is_what_testing_again_gives_and_a_run_without_one_has_it_stored_on_first_read()
    {
        // Both runs' ends stored a family in each segment: the first run's with no baseline, the second's against the first.
        Assert.Equal(3, await api.CountAsync("select count(*) from run_changes where run_id = @p and baseline_run_id is null", first));
        Assert.Equal(3, await api.CountAsync("select count(*) from run_changes where run_id = @p and baseline_run_id is not null", second));
        Assert.Equal(first, await api.ScalarAsync("select distinct baseline_run_id from run_changes where run_id = @p", second));

        using var http = api.Client(key);
        var stored = new Dictionary<string, JsonNode>();
        foreach (var query in Queries())
        {
            stored[query] = await GetChangesAsync(http, query);
        }
        var headline = stored[""];
        Assert.True(headline["significant"]!.GetValue<int>() > 0);
        Assert.True(stored["?q=0.0000000001"]["significant"]!.GetValue<int>() < stored["?segment=all&q=0.2"]["significant"]!.GetValue<int>());

        // What the finder tests from the two runs' observations now is what the run's end stored.
        var run = (await api.Services.GetRequiredService<AuditRunRepository>().GetAsync(second, CancellationToken.None))!;
        var tested = await api.Services.GetRequiredService<RunChangeFinder>()
            .ForAsync(second, run.ClientId, run.CompletedAt!.Value, QuestionTypes.NonBranded, 0.05, CancellationToken.None);
        Assert.Equal(first, tested.BaselineRunId);
        var testedChanges = JsonSerializer.SerializeToNode(tested.Changes, Web);
        Assert.True(JsonNode.DeepEquals(testedChanges, headline["changes"]), $"tested: {testedChanges}\nstored: {headline["changes"]}");

        var html = await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=html");
        var json = await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=json");
        Assert.True(JsonNode.DeepEquals(headline["changes"], JsonNode.Parse(json)!["changes"]!["changes"]));

        // A run that ended before families were stored: the first reads, at once, test it once and store it; every
        // segment and rate then answers as the stored family did, and the report is the same bytes.
        await api.ScalarAsync("delete from run_changes where run_id = @p", second);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => GetChangesAsync(http, "")));
        Assert.All(concurrent, body => Assert.True(JsonNode.DeepEquals(headline, body), $"stored: {headline}\nbackfilled: {body}"));
        Assert.Equal(1, await api.CountAsync("select count(*) from run_changes where run_id = @p", second));
        foreach (var query in Queries())
        {
            Assert.True(JsonNode.DeepEquals(stored[query], await GetChangesAsync(http, query)), query);
        }
        Assert.Equal(3, await api.CountAsync("select count(*) from run_changes where run_id = @p", second));
        await api.ScalarAsync("delete from run_changes where run_id = @p", second);
        Assert.Equal(html, await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=html"));
        Assert.Equal(json, await GetOkAsync(http, $"/api/v1/audits/{second}/report?format=json"));
        Assert.Equal(1, await api.CountAsync("select count(*) from run_changes where run_id = @p and segment = 'non_branded'", second));
    }

    [Fact]
    public async Task A_family_whose_baseline_ended_again_is_tested_again_and_one_whose_baseline_is_deleted_goes_with_it()
    {
        using var http = api.Client(key);
        var before = await GetChangesAsync(http, "");
        Assert.Equal(first, before["baselineRunId"]!.GetValue<Guid>());

        // The baseline ended again (as a resumed run does): the stored family no longer describes it and is tested again.
        await api.ScalarAsync("update audit_runs set completed_at = completed_at + interval '1 second' where id = @p", first);
        var again = await GetChangesAsync(http, "");
        Assert.Equal(first, again["baselineRunId"]!.GetValue<Guid>());
        Assert.Equal(1, await api.CountAsync(
            """
            select count(*) from run_changes c join audit_runs b on b.id = c.baseline_run_id
            where c.run_id = @p and c.segment = 'non_branded' and c.baseline_ended_at = b.completed_at
            """,
            second));

        // The baseline deleted (retention, its client's data deleted): the families compared with it go with it.
        await api.ScalarAsync("delete from audit_runs where id = @p", first);
        Assert.Equal(0, await api.CountAsync("select count(*) from run_changes where run_id = @p", second));
        var alone = await GetChangesAsync(http, "");
        Assert.Null(alone["baselineRunId"]);
        Assert.Empty(alone["changes"]!.AsArray());
        Assert.False(string.IsNullOrEmpty(alone["reason"]!.GetValue<string>()));
        Assert.Equal(1, await api.CountAsync("select count(*) from run_changes where run_id = @p and baseline_run_id is null", second));
    }

    private static IEnumerable<string> Queries() =>
        Segments.Select(s => $"?segment={s}").Concat(["", "?q=0.0000000001", "?segment=all&q=0.2", "?segment=branded&q=0.5"]);

    private async Task<JsonNode> GetChangesAsync(HttpClient http, string query) =>
        JsonNode.Parse(await GetOkAsync(http, $"/api/v1/audits/{second}/changes{query}"))!;

    private static async Task<string> GetOkAsync(HttpClient http, string url)
    {
        var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }
}
