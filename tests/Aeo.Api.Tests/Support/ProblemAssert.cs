namespace Aeo.Api.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>A 400 problem details response whose errors name <paramref name="field"/>.</summary>
    public static async Task ValidationProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"Expected an error for '{field}', got: {text}");
    }
}
