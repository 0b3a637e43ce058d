using System.Net.Http.Json;
using System.Text.Json;

namespace Aeo.Api.Tests.Schedules;

/// <summary>/api/v1/schedules end to end on the real API process (embedded silo).</summary>
[Collection(ApiCollection.Name)]
public sealed class ScheduleApiTests(ApiServer server)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static object Hourly(string name = "hourly check") => new
    {
        name,
        kind = "interval",
        interval = "01:00:00",
        audit = new { platforms = new[] { "quick-a" }, maxQuestions = 2 },
    };

    [Fact]
    public async Task A_schedule_is_created_changed_triggered_and_deleted_and_only_its_client_sees_it()
    {
        var (ownerId, ownerKey) = await TestClients.CreateAsync(server, "Acme Calendar");
        var (_, otherKey) = await TestClients.CreateAsync(server, "Globex Calendar");
        using var owner = server.Client(ownerKey);
        using var other = server.Client(otherKey);

        var beforeCreate = DateTimeOffset.UtcNow;
        var created = await owner.PostJsonAsync("/api/v1/schedules", Hourly());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var schedule = await created.ReadAsync();
        var id = schedule["id"]!.GetValue<Guid>();
        var self = $"/api/v1/schedules/{id}";
        Assert.Equal(self, created.Headers.Location!.ToString());
        Assert.Equal(ownerId, schedule["clientId"]!.GetValue<Guid>());
        Assert.Equal("interval", schedule["kind"]!.GetValue<string>());
        Assert.Equal("active", schedule["status"]!.GetValue<string>());
        Assert.Equal("catch_up", schedule["missedPolicy"]!.GetValue<string>());
        Assert.Equal(3, schedule["maxFailures"]!.GetValue<int>());
        Assert.Equal(0, schedule["runCount"]!.GetValue<int>());
        Assert.Equal(["quick-a"], schedule["audit"]!["platforms"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(2, schedule["audit"]!["maxQuestions"]!.GetValue<int>());
        Assert.InRange(schedule["nextRunAt"]!.GetValue<DateTimeOffset>(), beforeCreate.AddHours(1).AddSeconds(-1), DateTimeOffset.UtcNow.AddHours(1));

        Assert.Equal(id, (await (await owner.GetAsync(self)).ReadAsync())["id"]!.GetValue<Guid>());
        var ownList = await (await owner.GetAsync("/api/v1/schedules")).ReadAsync();
        Assert.Equal(1, ownList["total"]!.GetValue<int>());
        Assert.Equal(id, ownList["items"]![0]!["id"]!.GetValue<Guid>());
        Assert.Equal(0, (await (await other.GetAsync("/api/v1/schedules")).ReadAsync())["total"]!.GetValue<int>());
        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        var operatorList = await (await operatorHttp.GetAsync($"/api/v1/schedules?clientId={ownerId}")).ReadAsync();
        Assert.Equal(id, operatorList["items"]![0]!["id"]!.GetValue<Guid>());

        // Another client's key sees none of it, and changes none of it.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(self)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync(self, Hourly("taken over"), Web)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{self}/pause", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{self}/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{self}/trigger", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{self}/executions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync(self)).StatusCode);
        Assert.Equal(0, await server.CountAsync("select count(*) from schedule_executions where schedule_id = @p", id));
        Assert.Equal("hourly check", (await (await owner.GetAsync(self)).ReadAsync())["name"]!.GetValue<string>());

        // Update: the new timing applies at once.
        var updated = await owner.PutAsJsonAsync(self, new
        {
            name = "monday mornings",
            kind = "cron",
            cron = "0 9 * * 1",
            timeZone = "Europe/Paris",
            missedPolicy = "skip",
            maxFailures = 5,
            audit = new { platforms = new[] { "quick-a", "quick-b" }, maxQuestions = 2 },
        }, Web);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        schedule = await updated.ReadAsync();
        Assert.Equal("cron", schedule["kind"]!.GetValue<string>());
        Assert.Equal("skip", schedule["missedPolicy"]!.GetValue<string>());
        Assert.Equal(5, schedule["maxFailures"]!.GetValue<int>());
        var nextInParis = TimeZoneInfo.ConvertTime(schedule["nextRunAt"]!.GetValue<DateTimeOffset>(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Assert.Equal(DayOfWeek.Monday, nextInParis.DayOfWeek);
        Assert.Equal(new TimeSpan(9, 0, 0), nextInParis.TimeOfDay);
        Assert.InRange(nextInParis, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7));

        var paused = await (await owner.PostAsync($"{self}/pause", null)).ReadAsync();
        Assert.Equal("paused", paused["status"]!.GetValue<string>());
        Assert.Null(paused["nextRunAt"]);
        var resumed = await (await owner.PostAsync($"{self}/resume", null)).ReadAsync();
        Assert.Equal("active", resumed["status"]!.GetValue<string>());
        Assert.Equal(schedule["nextRunAt"]!.GetValue<DateTimeOffset>(), resumed["nextRunAt"]!.GetValue<DateTimeOffset>());

        // Trigger now: a run starts at once and is recorded as a manual execution.
        var triggered = await owner.PostAsync($"{self}/trigger", null);
        Assert.Equal(HttpStatusCode.Accepted, triggered.StatusCode);
        var execution = await triggered.ReadAsync();
        var runId = execution["auditRunId"]!.GetValue<Guid>();
        Assert.Equal($"/api/v1/audits/{runId}", triggered.Headers.Location!.ToString());
        Assert.Equal("manual", execution["trigger"]!.GetValue<string>());
        Assert.Equal("started", execution["status"]!.GetValue<string>());
        var run = await Runs.WaitUntilEndedAsync(owner, $"/api/v1/audits/{runId}");
        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Equal(["quick-a", "quick-b"], run["platforms"]!.AsArray().Select(p => p!["platform"]!.GetValue<string>()).Order());

        var executions = await (await owner.GetAsync($"{self}/executions?pageSize=10")).ReadAsync();
        Assert.Equal(1, executions["total"]!.GetValue<int>());
        Assert.Equal(runId, executions["items"]![0]!["auditRunId"]!.GetValue<Guid>());
        schedule = await (await owner.GetAsync(self)).ReadAsync();
        Assert.Equal(1, schedule["runCount"]!.GetValue<int>());
        Assert.NotNull(schedule["lastRunAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync(self)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(self)).StatusCode);
        Assert.Equal(0, await server.CountAsync("select count(*) from schedule_executions where schedule_id = @p", id));
        Assert.Equal(1, await server.CountAsync("select count(*) from audit_runs where id = @p", runId));
    }

    public static TheoryData<string, string> BadSchedules => new()
    {
        { "not json", "body" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","audit":{},"colour":"red"}""", "colour" },
        { """{"kind":"interval","interval":"01:00:00","audit":{}}""", "name" },
        { """{"name":"x","kind":"weekly","audit":{}}""", "kind" },
        { """{"name":"x","kind":"interval","interval":"01:00:00"}""", "audit" },
        { """{"name":"x","kind":"cron","cron":"61 * * * *","audit":{}}""", "cron" },
        { """{"name":"x","kind":"cron","cron":"0 9 * * *","timeZone":"Mars/Olympus_Mons","audit":{}}""", "timeZone" },
        { """{"name":"x","kind":"interval","interval":"00:00:30","audit":{}}""", "interval" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","cron":"0 9 * * *","audit":{}}""", "cron" },
        { """{"name":"x","kind":"interval","interval":"an hour","audit":{}}""", "interval" },
        { """{"name":"x","kind":"once","runAt":"2020-01-01T00:00:00Z","audit":{}}""", "runAt" },
        { """{"name":"x","kind":"once","audit":{}}""", "runAt" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","missedPolicy":"sometimes","audit":{}}""", "missedPolicy" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","maxFailures":0,"audit":{}}""", "maxFailures" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","audit":{"platforms":["nope"]}}""", "audit.platforms[0]" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","audit":{"maxQuestions":0}}""", "audit.maxQuestions" },
        { """{"name":"x","kind":"interval","interval":"01:00:00","audit":{"clientId":"7d2f0c2e-3f7b-4a51-9a3e-2d9f0b1c4e5a"}}""", "audit.clientId" },
        { """{"clientId":"7d2f0c2e-3f7b-4a51-9a3e-2d9f0b1c4e5a","name":"x","kind":"interval","interval":"01:00:00","audit":{}}""", "clientId" },
    };

    [Theory]
    [MemberData(nameof(BadSchedules))]
    public async Task A_bad_schedule_gets_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var (_, key) = await TestClients.CreateAsync(server, "Initech Calendar");
        using var http = server.Client(key);
        var before = await server.CountAsync("select count(*) from schedules");

        await ProblemAssert.ValidationProblemAsync(await http.PostRawAsync("/api/v1/schedules", body), field);

        Assert.Equal(before, await server.CountAsync("select count(*) from schedules"));
    }

    [Fact]
    public async Task A_bad_update_gets_a_400_and_changes_nothing_and_the_operator_must_name_the_client()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Umbrella Calendar");
        using var http = server.Client(key);
        var created = await (await http.PostJsonAsync("/api/v1/schedules", Hourly())).ReadAsync();
        var self = $"/api/v1/schedules/{created["id"]!.GetValue<Guid>()}";

        var response = await http.PutAsync(self, new StringContent(
            """{"name":"x","kind":"cron","cron":"0 9 * * *","timeZone":"Nowhere/Special","audit":{}}""", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAssert.ValidationProblemAsync(response, "timeZone");
        var after = await (await http.GetAsync(self)).ReadAsync();
        Assert.Equal(created.ToJsonString(), after.ToJsonString());

        using var operatorHttp = server.Client(ApiServer.OperatorKey);
        await ProblemAssert.ValidationProblemAsync(await operatorHttp.PostJsonAsync("/api/v1/schedules", Hourly()), "clientId");
    }
}
