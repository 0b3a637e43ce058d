namespace Aeo.Api.Tests.AccessLog;

/// <summary>Every /api write and every failed sign-in leaves an access-log row in PostgreSQL, which never holds a key.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccessLogTests(ApiServer server)
{
    [Fact]
    public async Task A_write_and_a_failed_sign_in_each_leave_a_row_and_no_key_text()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Logged Brand");
        using var http = server.Client(key);
        var started = await http.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a" }, maxQuestions = 1 });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var wrongKey = "aeo_wrong_" + Guid.NewGuid().ToString("N");
        using var wrong = server.Client(wrongKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostJsonAsync("/api/v1/audits", new { platforms = new[] { "quick-a" } })).StatusCode);
        // A read is not logged.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/clients/{clientId}")).StatusCode);

        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        var own = await Eventually.UntilAsync(
            async () => await (await operatorHttp.GetAsync($"/api/v1/admin/access-log?clientId={clientId}")).ReadAsync(),
            page => page["total"]!.GetValue<int>() >= 1,
            TimeSpan.FromSeconds(20),
            page => page.ToJsonString());
        var row = Assert.Single(own["items"]!.AsArray())!;
        Assert.Equal("POST", row["method"]!.GetValue<string>());
        Assert.Equal("/api/v1/audits", row["route"]!.GetValue<string>());
        Assert.Equal(202, row["status"]!.GetValue<int>());
        Assert.Equal("client", row["caller"]!.GetValue<string>());
        Assert.Equal(16, row["keyId"]!.GetValue<string>().Length);
        Assert.False(string.IsNullOrEmpty(row["traceId"]!.GetValue<string>()));
        Assert.Equal("127.0.0.1", row["remoteAddress"]!.GetValue<string>());

        var failed = await Eventually.UntilAsync(
            async () => await (await operatorHttp.GetAsync("/api/v1/admin/access-log?failedSignIn=true&pageSize=200")).ReadAsync(),
            page => page["total"]!.GetValue<int>() >= 1,
            TimeSpan.FromSeconds(20),
            page => page.ToJsonString());
        Assert.All(failed["items"]!.AsArray(), r =>
        {
            Assert.Equal(401, r!["status"]!.GetValue<int>());
            Assert.Null(r["caller"]);
        });

        // The operator's own write (creating the client) is there too, and no row holds any key text.
        Assert.True(await server.CountAsync("select count(*) from access_log where caller = 'operator' and method = 'POST' and route = '/api/v1/clients'") >= 1);
        foreach (var secret in new[] { key, wrongKey, ApiServer.OperatorKey })
        {
            Assert.Equal(0, await server.CountAsync("select count(*) from access_log where position(@p in access_log::text) > 0", secret));
        }
    }

    [Fact]
    public async Task The_access_log_is_for_the_operator_and_its_filters_are_checked()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Log Peek Brand");
        using var client = server.Client(key);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/access-log")).StatusCode);
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(await operatorHttp.GetAsync("/api/v1/admin/access-log?pageSize=0"), "pageSize");
        await ProblemAssert.ValidationProblemAsync(await operatorHttp.GetAsync("/api/v1/admin/access-log?status=42"), "status");
        var page = await (await operatorHttp.GetAsync("/api/v1/admin/access-log?pageSize=1")).ReadAsync();
        Assert.True(page["items"]!.AsArray().Count <= 1);
    }
}
