using System.Net;
using System.Text.Json.Nodes;

namespace Aeo.Api.Tests.Support;

internal static class Runs
{
    /// <summary>Polls a run through the API until it reaches a terminal status, and returns that last body.</summary>
    public static async Task<JsonNode> WaitUntilEndedAsync(HttpClient http, string location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var response = await http.GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var run = await response.ReadAsync();
            if (run["status"]!.GetValue<string>() is "completed" or "partially_completed" or "failed" or "cancelled")
            {
                return run;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The run did not end in time: {run.ToJsonString()}");
            await Task.Delay(100);
        }
    }
}
