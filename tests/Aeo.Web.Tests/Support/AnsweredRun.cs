namespace Aeo.Web.Tests.Support;

/// <summary>
/// One client ("Probe") with one ended run on a simulated platform and on <see cref="WebServer.Injector"/>, made once per
/// test run and shared by the tests that only read it; with the run's answers as the API lists them, to check pages against.
/// </summary>
public sealed record AnsweredRun(Guid ClientId, string Key, Guid RunId, JsonArray Answers)
{
    public const string Brand = "Probe";
    public const string Simulated = "sim-a";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AnsweredRun? made;

    public static async Task<AnsweredRun> GetAsync(WebServer server)
    {
        await Gate.WaitAsync();
        try
        {
            if (made is null)
            {
                var (clientId, key) = await server.CreateClientAsync(Brand);
                var runId = await server.RunAuditAsync(key, [Simulated, WebServer.Injector], questions: 4);
                using var api = server.Api(key);
                var page = JsonNode.Parse(await api.GetStringAsync($"/api/v1/audits/{runId}/responses?pageSize=200"))!;
                made = new AnsweredRun(clientId, key, runId, page["items"]!.AsArray());
            }
            return made;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The answers for which <paramref name="keep"/> holds.</summary>
    public int Count(Func<JsonNode, bool> keep) => Answers.Count(a => keep(a!));

    /// <summary>The mention of <paramref name="brand"/> in an answer, or null.</summary>
    public static JsonNode? Mention(JsonNode answer, string brand) =>
        answer["mentions"]!.AsArray().FirstOrDefault(m => m!["brand"]!.GetValue<string>() == brand && m["count"]!.GetValue<int>() > 0);
}
