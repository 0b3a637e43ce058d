namespace Aeo.Api.Tests.Support;

internal static class Runs
{
    private static readonly string[] Terminal = ["completed", "partially_completed", "failed", "cancelled"];

    /// <summary>Polls a run through the API until it reaches a terminal status, and returns that last body.</summary>
    public static Task<JsonNode> WaitUntilEndedAsync(HttpClient http, string location) =>
        Eventually.UntilAsync(
            async () =>
            {
                var response = await http.GetAsync(location);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.ReadAsync();
            },
            run => Terminal.Contains(run["status"]!.GetValue<string>()),
            TimeSpan.FromMinutes(2),
            run => $"the run did not end: {run.ToJsonString()}");
}
