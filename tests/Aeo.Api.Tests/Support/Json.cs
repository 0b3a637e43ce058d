using System.Net.Http.Json;
using System.Text.Json;

namespace Aeo.Api.Tests.Support;

internal static class Json
{
    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("Empty body");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient http, string url, object body) =>
        http.PostAsJsonAsync(url, body, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient http, string url, string body, string contentType = "application/json") =>
        http.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, contentType));
}
