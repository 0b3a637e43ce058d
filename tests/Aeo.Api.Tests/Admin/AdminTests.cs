namespace Aeo.Api.Tests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminTests(ApiServer server)
{
    [Theory]
    [InlineData("/api/v1/admin/recovery")]
    [InlineData("/api/v1/admin/cleanup")]
    public async Task Admin_routes_are_for_the_operator_only(string route)
    {
        using var anonymous = server.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync(route, new { })).StatusCode);
        var (_, key) = await TestClients.CreateAsync(server, "Admin Brand");
        using var client = server.Client(key);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync(route, new { })).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/admin/recovery", """{ "maxRetries": 0 }""", "maxRetries")]
    [InlineData("/api/v1/admin/recovery", """{ "maxRetries": 11 }""", "maxRetries")]
    [InlineData("/api/v1/admin/recovery", """{ "stalledAfterMinutes": 0 }""", "stalledAfterMinutes")]
    [InlineData("/api/v1/admin/recovery", """{ "stalledAfterMinutes": "soon" }""", "stalledAfterMinutes")]
    [InlineData("/api/v1/admin/recovery", """{ "everything": true }""", "everything")]
    [InlineData("/api/v1/admin/cleanup", """{ "olderThanDays": 0 }""", "olderThanDays")]
    [InlineData("/api/v1/admin/cleanup", """{ "olderThanDays": -5 }""", "olderThanDays")]
    [InlineData("/api/v1/admin/cleanup", "[1]", "body")]
    public async Task Admin_input_is_validated_naming_the_field(string route, string body, string field)
    {
        using var http = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync(route, body), field);
    }

    [Fact]
    public async Task Recovery_without_a_body_uses_the_defaults_and_reports_per_run()
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostAsync("/api/v1/admin/recovery", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(3, body["maxRetries"]!.GetValue<int>());
        Assert.Equal(30, body["stalledAfterMinutes"]!.GetValue<double>());
        Assert.NotNull(body["runs"]!.AsArray());
    }

    [Fact]
    public async Task Cleanup_deletes_old_ended_runs_and_leaves_old_active_ones()
    {
        var (clientId, _) = await TestClients.CreateAsync(server, "Cleanup Brand");
        var oldEnded = await InsertRunAsync(clientId, "completed");
        var oldRunning = await InsertRunAsync(clientId, "running");

        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/admin/cleanup", new { olderThanDays = 365 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        Assert.Equal(365, body["olderThanDays"]!.GetValue<int>());
        Assert.True(body["deletedRuns"]!.GetValue<int>() >= 1);
        Assert.Equal(0, await server.CountAsync("select count(*) from audit_runs where id = @p", oldEnded));
        Assert.Equal(1, await server.CountAsync("select count(*) from audit_runs where id = @p", oldRunning));
    }

    private async Task<Guid> InsertRunAsync(Guid clientId, string status)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            insert into audit_runs (id, client_id, config, status, stage, created_at, completed_at)
            values (@id, @client, '{}'::jsonb, @status, @status, now() - interval '400 days',
                    case when @status = 'running' then null else now() - interval '400 days' end)
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("client", clientId);
        command.Parameters.AddWithValue("status", status);
        await command.ExecuteNonQueryAsync();
        return id;
    }
}
